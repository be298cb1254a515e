using System.Collections.Immutable;

namespace Sourcewise.Comparison;

/// <summary>One dimension of the comparison (control, accountability, ...) with what it means for each model. Immutable.</summary>
/// <param name="Id">A stable id, e.g. <c>ip-ownership</c>.</param>
/// <param name="Name">The name to show, e.g. "IP ownership".</param>
/// <param name="Values">The text per model, in canonical model order.</param>
public sealed record ModelDimension(string Id, string Name, ImmutableArray<string> Values)
{
    /// <summary>What this dimension means for one model.</summary>
    public string this[EngagementModel model] => Values[(int)model];
}
