using System.Collections.Immutable;
using Sourcewise.Signals;

namespace Sourcewise.Reports.Checks;

/// <summary>Counts over a batch of checks.</summary>
/// <param name="Documents">Documents given.</param>
/// <param name="Checked">Documents checked.</param>
/// <param name="Failed">Documents that could not be read.</param>
/// <param name="Mismatches">Documents that are not what they claim.</param>
/// <param name="ActualModels">Documents per actual model id (and <c>undetermined</c>).</param>
/// <param name="Findings">Documents per finding id.</param>
public sealed record CheckSummary(int Documents, int Checked, int Failed, int Mismatches,
    ImmutableArray<(string Model, int Count)> ActualModels, ImmutableArray<(string Id, int Count)> Findings)
{
    /// <summary>Counts a batch.</summary>
    public static CheckSummary From(IReadOnlyList<ContractCheck> checks, int failed)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var models = EngagementModels.Ids.Append("undetermined")
            .Select(id => (id, checks.Count(c => c.Classification.ActualModelId == id))).ToImmutableArray();
        var findings = SignalCatalogue.Default.Findings
            .Select(f => (f.Id, checks.Count(c => c.Findings.Any(x => x.Id == f.Id))))
            .Where(p => p.Item2 > 0).ToImmutableArray();
        return new CheckSummary(checks.Count + failed, checks.Count, failed, checks.Count(c => c.IsMismatch), models, findings);
    }
}
