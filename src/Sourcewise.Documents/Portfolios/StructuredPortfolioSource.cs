using Sourcewise.Diagnostics;
using Sourcewise.Documents.Input;
using Sourcewise.Documents.Profiles;

namespace Sourcewise.Documents.Portfolios;

/// <summary>Reads workstreams from a JSON array or a YAML list of work profiles.</summary>
/// <remarks>The document is parsed whole (inputs are capped at <see cref="InputText.DefaultMaxBytes"/>); each item is
/// then read lazily. Use CSV for very large portfolios.</remarks>
internal sealed class StructuredPortfolioSource : PortfolioSource
{
    private readonly InputSequence _items;
    private int _next;

    private StructuredPortfolioSource(string name, string format, InputSequence items) : base(name)
    {
        Format = format;
        _items = items;
    }

    public override string Format { get; }

    public override double Progress => _items.Items.Count == 0 ? 1 : (double)_next / _items.Items.Count;

    /// <summary>Parses the text and checks it is a list.</summary>
    public static Result<PortfolioSource> Parse(string text, string name, string format)
    {
        var parsed = StructuredInput.Parse(text, name);
        if (!parsed.Success)
        {
            return Result<PortfolioSource>.Fail(parsed.Diagnostics);
        }

        if (parsed.Value is not InputSequence items)
        {
            return Result<PortfolioSource>.Fail(Diagnostic.Error("not-a-list",
                format == "json"
                    ? $"a portfolio must be a JSON array of work profiles, not {parsed.Value.KindName}"
                    : $"a portfolio must be a YAML list of work profiles (items starting with '- '), not {parsed.Value.KindName}",
                parsed.Value.Location));
        }

        return Result<PortfolioSource>.Ok(new StructuredPortfolioSource(name, format, items));
    }

    public override IEnumerable<PortfolioRow> ReadRows(CancellationToken cancellationToken = default)
    {
        for (_next = 0; _next < _items.Items.Count;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var index = _next++;
            var item = _items.Items[index];
            var result = WorkProfileReader.Read(item, $"[{index}].");
            string? name = null;
            if (!result.Success && item is InputMapping mapping)
            {
                name = mapping.Entries.FirstOrDefault(e => e.Key.Value == "name").Value is InputScalar { Value: { } n }
                    ? n
                    : null;
            }

            yield return new PortfolioRow(index + 1, item.Location.Line ?? 0, result.Value, result.Diagnostics)
            {
                Name = result.Value?.Name ?? name,
            };
        }
    }
}
