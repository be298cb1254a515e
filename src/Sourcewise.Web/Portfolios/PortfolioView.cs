using System.Collections.Immutable;
using Sourcewise.Application.Portfolios;
using Sourcewise.Portfolio;
using Sourcewise.Profiles;

namespace Sourcewise.Web.Portfolios;

/// <summary>What the portfolio page shows of an assessed portfolio (and all it keeps for re-sorting): one short row per
/// workstream, the summary, the findings and the rows that could not be read (the first
/// <see cref="ShownBadRows"/>). Not the full assessments, not the JSON.</summary>
internal sealed record PortfolioView(
    string Name,
    ImmutableArray<PortfolioView.Row> Rows,
    PortfolioSummary Summary,
    IReadOnlyList<PortfolioFinding> Findings,
    ImmutableArray<string> BadRows)
{
    /// <summary>Bad rows whose errors the page lists; more are counted in the summary.</summary>
    public const int ShownBadRows = 50;

    /// <summary>The view of a portfolio run: each kept row's table facts (not its assessment).</summary>
    public static PortfolioView From(PortfolioResult result, IReadOnlyList<AssessedWorkstream> rows)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(rows);
        return new PortfolioView(Path.GetFileName(result.Source),
            [.. rows.Select(r => new Row(r.Row, r.Profile.Name, r.Assessment.Recommendation, r.Assessment.BestFit.ToId(),
                r.Assessment.RunnerUp.ToId(), r.Assessment.Margin, r.Profile.GetText(ProfileFields.WorkType),
                [.. r.Assessment.Mistakes.Select(m => m.Id)]))],
            result.Summary, result.Findings, [.. result.Errors.Take(ShownBadRows).Select(e => e.ToString())]);
    }

    public sealed record Row(int Number, string Name, string Recommendation, string BestFit, string RunnerUp, double Margin,
        string? WorkType, ImmutableArray<string> Mistakes)
    {
        /// <summary>Roughly what the row costs in memory: the object, its strings (UTF-16) and its mistake list (the ids
        /// themselves are shared constants).</summary>
        public long EstimatedBytes => 96 + StringBytes(Name) + StringBytes(WorkType) + 24 + (8L * Mistakes.Length);
    }

    /// <summary>Roughly what the view costs in memory, for the cache's size limit.</summary>
    public long EstimatedBytes { get; } = 1024 + StringBytes(Name) + (8L * Rows.Length) + Rows.Sum(r => r.EstimatedBytes)
                                          + BadRows.Sum(e => 8 + StringBytes(e))
                                          + Findings.Sum(f => 256 + StringBytes(f.Message) + (32L * f.Rows.Count));

    private static long StringBytes(string? text) => text is null ? 0 : 24 + (2L * text.Length);
}
