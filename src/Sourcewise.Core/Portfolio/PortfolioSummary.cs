using System.Collections.Immutable;

namespace Sourcewise.Portfolio;

/// <summary>The roll-up of a portfolio: how many workstreams each model got, how many were close calls, how many
/// rows failed, and how often each mistake applied.</summary>
/// <remarks>Immutable.</remarks>
public sealed class PortfolioSummary
{
    internal PortfolioSummary(int assessed, int failed, ImmutableArray<int> byModel, int closeCalls,
        ImmutableArray<KeyValuePair<string, int>> mistakes)
    {
        Assessed = assessed;
        Failed = failed;
        ByModel = byModel;
        CloseCalls = closeCalls;
        Mistakes = mistakes;
    }

    /// <summary>Workstreams assessed.</summary>
    public int Assessed { get; }

    /// <summary>Rows that could not be read (not assessed).</summary>
    public int Failed { get; }

    /// <summary>Workstreams recommended each model, indexed by <see cref="EngagementModel"/> in canonical order.</summary>
    public ImmutableArray<int> ByModel { get; }

    /// <summary>Workstreams whose recommendation is <c>close-call</c>.</summary>
    public int CloseCalls { get; }

    /// <summary>How many workstreams each mistake applied to, by mistake id, in first-seen order.</summary>
    public ImmutableArray<KeyValuePair<string, int>> Mistakes { get; }

    /// <summary>The count for one model.</summary>
    public int Count(EngagementModel model) => ByModel[(int)model];

    /// <summary>Summary entries as the JSON shows them: each model id, then <c>close-call</c>.</summary>
    public IEnumerable<KeyValuePair<string, int>> Counts()
    {
        foreach (var model in EngagementModels.All)
        {
            yield return new(model.ToId(), Count(model));
        }

        yield return new(PortfolioAggregator.CloseCallId, CloseCalls);
    }
}
