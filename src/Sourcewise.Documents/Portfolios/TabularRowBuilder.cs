using Sourcewise.Diagnostics;
using Sourcewise.Profiles;

namespace Sourcewise.Documents.Portfolios;

/// <summary>Builds one workstream from the cells of a tabular row, reusing <see cref="WorkProfileBuilder"/>'s checks.</summary>
/// <remarks>Not thread-safe; one per row.</remarks>
internal sealed class TabularRowBuilder
{
    private readonly PortfolioColumns _columns;
    private readonly WorkProfileBuilder _builder = new();
    private readonly int _row;
    private readonly int _line;
    private List<Diagnostic>? _extra;
    private string? _name;

    public TabularRowBuilder(PortfolioColumns columns, int row, int line)
    {
        _columns = columns;
        _row = row;
        _line = line;
    }

    /// <summary>Adds the value of one cell (0-based column).</summary>
    public void Add(int column, ReadOnlySpan<char> value)
    {
        var fields = _columns.Fields;
        var field = column < fields.Length ? fields[column] : null;
        if (field is null)
        {
            if (!value.IsWhiteSpace())
            {
                (_extra ??= []).Add(Diagnostic.Error("value-without-column",
                    column < fields.Length
                        ? $"column {column + 1} has a value but no name in the header"
                        : $"the row has a value in column {column + 1}, but the header has only {fields.Length} columns",
                    new SourceLocation(_columns.File, _line, column + 1)));
            }

            return;
        }

        var text = PortfolioColumns.Canonical(field, value);
        if (text is null)
        {
            return;
        }

        if (field.Kind == ProfileFieldKind.Text)
        {
            _name = text;
        }

        _builder.Set(field, text, new SourceLocation(_columns.File, _line, column + 1));
    }

    /// <summary>Finishes the row.</summary>
    public PortfolioRow Build()
    {
        if (_extra is not null)
        {
            foreach (var d in _extra)
            {
                _builder.Report(d);
            }
        }

        var result = _builder.Build(new SourceLocation(_columns.File, _line, _columns.NameColumn + 1));
        return new PortfolioRow(_row, _line, result.Value, result.Diagnostics) { Name = _name };
    }
}
