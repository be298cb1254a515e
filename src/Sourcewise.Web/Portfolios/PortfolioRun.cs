using System.Collections.Immutable;
using Sourcewise.Portfolio;

namespace Sourcewise.Web.Portfolios;

/// <summary>A portfolio assessed in memory: the JSON answer and the rows the page shows.</summary>
internal sealed record PortfolioRun(
    string Name,
    byte[] Utf8Json,
    ImmutableArray<PortfolioRun.Row> Rows,
    PortfolioSummary Summary,
    IReadOnlyList<PortfolioFinding> Findings)
{
    public sealed record Row(int Number, string Name, string Recommendation, string BestFit, string RunnerUp, double Margin,
        string? WorkType, ImmutableArray<string> Mistakes);
}
