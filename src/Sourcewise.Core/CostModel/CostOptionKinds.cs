using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Sourcewise.CostModel;

/// <summary>Ids, names and volatility factors for <see cref="CostOptionKind"/> and <see cref="CostVolatility"/>.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class CostOptionKinds
{
    /// <summary>The four kinds in canonical order.</summary>
    public static ImmutableArray<CostOptionKind> All { get; } =
        [CostOptionKind.StaffAugmentation, CostOptionKind.ProjectOutsourcing, CostOptionKind.ManagedServices, CostOptionKind.InHouse];

    /// <summary>The public ids in canonical order (the keys under <c>options</c> in a scenario and in results).</summary>
    public static ImmutableArray<string> Ids { get; } = ["staffAugmentation", "projectOutsourcing", "managedServices", "inHouse"];

    /// <summary>Returns the public id, e.g. <c>staffAugmentation</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToId(this CostOptionKind kind) => kind switch
    {
        >= CostOptionKind.StaffAugmentation and <= CostOptionKind.InHouse => Ids[(int)kind],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown cost option."),
    };

    /// <summary>Returns a human name, e.g. "Staff augmentation".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToDisplayName(this CostOptionKind kind) => kind switch
    {
        CostOptionKind.StaffAugmentation => "Staff augmentation",
        CostOptionKind.ProjectOutsourcing => "Project outsourcing",
        CostOptionKind.ManagedServices => "Managed services",
        CostOptionKind.InHouse => "In-house",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown cost option."),
    };

    /// <summary>Parses a public id (exact spelling). Never throws.</summary>
    public static bool TryParse(string? id, [NotNullWhen(true)] out CostOptionKind? kind)
    {
        var index = id is null ? -1 : Ids.IndexOf(id);
        kind = index >= 0 ? (CostOptionKind)index : null;
        return kind is not null;
    }

    /// <summary>Returns the public id of a volatility level: <c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToId(this CostVolatility volatility) => volatility switch
    {
        CostVolatility.Low => "low",
        CostVolatility.Medium => "medium",
        CostVolatility.High => "high",
        _ => throw new ArgumentOutOfRangeException(nameof(volatility), volatility, "Unknown volatility."),
    };

    /// <summary>Parses <c>low</c>, <c>medium</c> or <c>high</c>. Never throws.</summary>
    public static bool TryParseVolatility(string? id, [NotNullWhen(true)] out CostVolatility? volatility)
    {
        volatility = id switch
        {
            "low" => CostVolatility.Low,
            "medium" => CostVolatility.Medium,
            "high" => CostVolatility.High,
            _ => null,
        };
        return volatility is not null;
    }

    /// <summary>The factor applied to the change-request rate: low 0.5, medium 1, high 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static double ChangeRequestFactor(this CostVolatility volatility) => volatility switch
    {
        CostVolatility.Low => 0.5,
        CostVolatility.Medium => 1.0,
        CostVolatility.High => 2.0,
        _ => throw new ArgumentOutOfRangeException(nameof(volatility), volatility, "Unknown volatility."),
    };
}
