using System.Collections.Immutable;
using Sourcewise.Portfolio;

namespace Sourcewise.Web.Portfolios;

/// <summary>What the portfolio page shows of an assessed portfolio (and all it keeps for re-sorting): one short row per
/// workstream, the summary and the findings. Not the full assessments, not the JSON.</summary>
internal sealed record PortfolioView(
    string Name,
    ImmutableArray<PortfolioView.Row> Rows,
    PortfolioSummary Summary,
    IReadOnlyList<PortfolioFinding> Findings)
{
    public sealed record Row(int Number, string Name, string Recommendation, string BestFit, string RunnerUp, double Margin,
        string? WorkType, ImmutableArray<string> Mistakes)
    {
        /// <summary>Roughly what the row costs in memory: the object, its strings (UTF-16) and its mistake list (the ids
        /// themselves are shared constants).</summary>
        public long EstimatedBytes => 96 + StringBytes(Name) + StringBytes(WorkType) + 24 + (8L * Mistakes.Length);
    }

    /// <summary>Roughly what the view costs in memory, for the cache's size limit.</summary>
    public long EstimatedBytes { get; } = 1024 + StringBytes(Name) + (8L * Rows.Length) + Rows.Sum(r => r.EstimatedBytes)
                                          + Findings.Sum(f => 256 + StringBytes(f.Message) + (32L * f.Rows.Count));

    private static long StringBytes(string? text) => text is null ? 0 : 24 + (2L * text.Length);
}
