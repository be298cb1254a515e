using Sourcewise.Diagnostics;
using Sourcewise.Profiles;
using Sourcewise.Text;

namespace Sourcewise.Documents.Portfolios;

/// <summary>The header of a tabular portfolio (CSV or XLSX): which profile field each column holds.</summary>
/// <remarks>Immutable after creation. Header keys match case-insensitively; unnamed columns at the end are ignored.</remarks>
internal sealed class PortfolioColumns
{
    private PortfolioColumns(string file, ProfileField?[] fields, int nameColumn)
    {
        File = file;
        Fields = fields;
        NameColumn = nameColumn;
    }

    public string File { get; }

    /// <summary>The field of each column; <c>null</c> for an unnamed trailing column.</summary>
    public ProfileField?[] Fields { get; }

    public int NameColumn { get; }

    /// <summary>Checks a header row: every named column must be a profile key, once, and <c>name</c> must be there.</summary>
    public static Result<PortfolioColumns> FromHeader(IReadOnlyList<string?> cells, string file, int line)
    {
        var last = cells.Count - 1;
        while (last >= 0 && string.IsNullOrWhiteSpace(cells[last]))
        {
            last--;
        }

        if (last < 0)
        {
            return Result<PortfolioColumns>.Fail(Diagnostic.Error("missing-header",
                $"the header row is empty; the first row must name the columns ({string.Join(", ", ProfileFields.Keys)})",
                new SourceLocation(file, line)));
        }

        var fields = new ProfileField?[last + 1];
        var diagnostics = new List<Diagnostic>();
        var seen = new Dictionary<ProfileField, int>();
        for (var i = 0; i <= last; i++)
        {
            var where = new SourceLocation(file, line, i + 1);
            var key = cells[i]?.Trim() ?? string.Empty;
            if (key.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error("unnamed-column", $"column {i + 1} has no name in the header", where));
                continue;
            }

            var field = ProfileFields.Find(key)
                ?? ProfileFields.All.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase));
            if (field is null)
            {
                diagnostics.Add(Diagnostic.Error("unknown-column",
                    $"unknown column '{Shorten(key)}'{Suggestions.DidYouMean(key, ProfileFields.Keys)}; accepted columns: {string.Join(", ", ProfileFields.Keys)}",
                    where));
                continue;
            }

            if (seen.TryGetValue(field, out var first))
            {
                diagnostics.Add(Diagnostic.Error("duplicate-column",
                    $"column '{field.Key}' appears twice (columns {first + 1} and {i + 1})", where));
                continue;
            }

            seen[field] = i;
            fields[i] = field;
        }

        if (!seen.ContainsKey(ProfileFields.Name) && diagnostics.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("missing-name-column",
                "the header has no 'name' column; every workstream needs a name", new SourceLocation(file, line)));
        }

        return diagnostics.Count > 0
            ? Result<PortfolioColumns>.Fail(diagnostics)
            : Result<PortfolioColumns>.Ok(new PortfolioColumns(file, fields, seen[ProfileFields.Name]));
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>Returns the accepted spelling for a choice or boolean (no allocation), or the text itself.</summary>
    internal static string? Canonical(ProfileField field, ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (value.IsEmpty)
        {
            return null;
        }

        if (field.Kind is ProfileFieldKind.Choice or ProfileFieldKind.Boolean)
        {
            foreach (var accepted in field.Values)
            {
                if (value.Equals(accepted, StringComparison.OrdinalIgnoreCase))
                {
                    return accepted;
                }
            }
        }

        return new string(value);
    }
}
