using System.Collections.Immutable;
using Sourcewise.Diagnostics;

namespace Sourcewise.Eval.Csv;

/// <summary>An untrusted CSV file with a header: the rows with their lines, and field access by column name. Reading
/// never throws; the first problem comes back as an error naming file:line and field.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string source, Dictionary<string, int> columns, ImmutableArray<CsvRecord> rows)
    {
        Source = source;
        _columns = columns;
        Rows = rows;
    }

    /// <summary>The file as named in messages.</summary>
    public string Source { get; }

    /// <summary>The data rows (blank lines left out), each with its line and as many fields as the header.</summary>
    public ImmutableArray<CsvRecord> Rows { get; }

    /// <summary>The trimmed field of a column, or empty when the file has no such column.</summary>
    public string Field(CsvRecord row, string column) =>
        _columns.TryGetValue(column, out var i) && i < row.Fields.Count ? row.Fields[i].Trim() : string.Empty;

    /// <summary>An error at a row and field of this file.</summary>
    public Diagnostic Error(int line, string? field, string message) =>
        Diagnostic.Error("malformed-csv", message, new SourceLocation(Source, line, Field: field));

    /// <summary>Reads a file that needs these columns (others are allowed and ignored).</summary>
    public static Result<CsvTable> Read(string file, IReadOnlyList<string> required, string? displayName = null)
    {
        displayName ??= file;
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<CsvTable>.Fail(Diagnostic.Error("unreadable", e.Message, new SourceLocation(displayName)));
        }

        return Parse(text, required, displayName);
    }

    /// <summary>Parses CSV text that needs these columns.</summary>
    public static Result<CsvTable> Parse(string text, IReadOnlyList<string> required, string displayName)
    {
        ArgumentNullException.ThrowIfNull(text);
        Result<CsvTable> Fail(int line, string? field, string message) =>
            Result<CsvTable>.Fail(Diagnostic.Error("malformed-csv", message, new SourceLocation(displayName, line, Field: field)));

        var records = CsvFile.ReadRecords(text, out var unclosedAt);
        if (unclosedAt is { } open)
        {
            return Fail(open, null, "a quoted field is not closed");
        }

        var rows = records.Where(r => !(r.Fields.Count == 1 && r.Fields[0].Trim().Length == 0)).ToList();
        if (rows.Count == 0)
        {
            return Fail(1, null, "the file is empty; expected a header row " + string.Join(",", required));
        }

        var header = rows[0];
        var columns = header.Fields.Select((name, index) => (name: name.Trim().TrimStart('\uFEFF'), index))
            .GroupBy(c => c.name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);
        if (required.FirstOrDefault(c => !columns.ContainsKey(c)) is { } missing)
        {
            return Fail(header.Line, "header", $"no '{missing}' column (the header needs {string.Join(", ", required)})");
        }

        foreach (var row in rows.Skip(1))
        {
            if (row.Fields.Count != header.Fields.Count)
            {
                return Fail(row.Line, null, $"{row.Fields.Count} fields, but the header has {header.Fields.Count}");
            }
        }

        return Result<CsvTable>.Ok(new CsvTable(displayName, columns, [.. rows.Skip(1)]));
    }
}
