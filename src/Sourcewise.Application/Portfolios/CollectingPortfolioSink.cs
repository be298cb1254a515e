using System.Collections.Immutable;
using Sourcewise.Diagnostics;
using Sourcewise.Portfolio;

namespace Sourcewise.Application.Portfolios;

/// <summary>Keeps the first <paramref name="maxRows"/> assessed rows in memory, and the roll-up, for a host that draws
/// them itself: the CLI's terminal view, the web page's table.</summary>
/// <param name="maxRows">How many rows to keep; the rest are only counted in the summary.</param>
public sealed class CollectingPortfolioSink(int maxRows) : PortfolioSink
{
    private readonly List<AssessedWorkstream> _rows = [];

    /// <summary>The rows kept, in input order.</summary>
    public IReadOnlyList<AssessedWorkstream> Rows => _rows;

    /// <summary>The roll-up, once the run has ended.</summary>
    public PortfolioSummary? Summary { get; private set; }

    /// <summary>The portfolio findings, once the run has ended.</summary>
    public IReadOnlyList<PortfolioFinding> Findings { get; private set; } = ImmutableArray<PortfolioFinding>.Empty;

    /// <inheritdoc />
    public override void WriteBatch(IReadOnlyList<AssessedWorkstream> rows, ReadOnlySpan<byte> rendered)
    {
        for (var i = 0; i < rows.Count && _rows.Count < maxRows; i++)
        {
            _rows.Add(rows[i]);
        }
    }

    /// <inheritdoc />
    public override void End(PortfolioSummary summary, IReadOnlyList<PortfolioFinding> findings, IReadOnlyList<Diagnostic> errors)
    {
        Summary = summary;
        Findings = findings;
    }
}
