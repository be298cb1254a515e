using System.Collections.Immutable;

namespace Sourcewise.Assessments;

/// <summary>The contributions of one rule, with the points it gave each model: one row of a "why" table. Immutable.</summary>
/// <param name="Factor">The profile key.</param>
/// <param name="Points">Points per model, in canonical model order (0 when the rule gave that model nothing).</param>
/// <param name="Reason">The reason in plain words.</param>
public sealed record ContributionGroup(string Factor, ModelScores Points, string Reason)
{
    /// <summary>Groups contributions that come from the same rule (same factor and reason, next to each other).</summary>
    public static ImmutableArray<ContributionGroup> From(IEnumerable<Contribution> contributions)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        var groups = ImmutableArray.CreateBuilder<ContributionGroup>();
        string? factor = null, reason = null;
        var points = new double[3];
        foreach (var c in contributions)
        {
            if (factor is not null && (c.Factor != factor || !ReferenceEquals(c.Reason, reason) && c.Reason != reason))
            {
                groups.Add(new ContributionGroup(factor, new ModelScores(points[0], points[1], points[2]), reason!));
                Array.Clear(points);
            }

            factor = c.Factor;
            reason = c.Reason;
            points[(int)c.Model] += c.Points;
        }

        if (factor is not null)
        {
            groups.Add(new ContributionGroup(factor, new ModelScores(points[0], points[1], points[2]), reason!));
        }

        return groups.ToImmutable();
    }
}
