namespace Sourcewise.Portfolio;

/// <summary>Something that holds across the portfolio rather than for one workstream, with the rows it concerns.</summary>
/// <remarks>Immutable. Only the first <see cref="PortfolioAggregator.MaxRowsPerFinding"/> rows are kept;
/// <see cref="Count"/> is the full number.</remarks>
/// <param name="Id">A stable id such as <c>single-model-for-everything</c>.</param>
/// <param name="Severity"><c>info</c>, <c>warning</c> or <c>error</c>.</param>
/// <param name="Message">Why it matters, in plain words, naming the rows.</param>
/// <param name="Count">How many workstreams it concerns.</param>
/// <param name="Rows">The first rows it concerns, in input order.</param>
public sealed record PortfolioFinding(string Id, string Severity, string Message, int Count, IReadOnlyList<PortfolioRowRef> Rows)
{
    /// <summary>How many concerned rows are not listed in <see cref="Rows"/>.</summary>
    public int MoreRows => Math.Max(0, Count - Rows.Count);
}
