using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Sourcewise;

/// <summary>Conversions between <see cref="EngagementModel"/> values and their public ids.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class EngagementModels
{
    /// <summary>The public id of staff augmentation.</summary>
    public const string StaffAugmentationId = "staff-augmentation";

    /// <summary>The public id of project outsourcing.</summary>
    public const string ProjectOutsourcingId = "project-outsourcing";

    /// <summary>The public id of managed services.</summary>
    public const string ManagedServicesId = "managed-services";

    /// <summary>The three models in their canonical order.</summary>
    public static ImmutableArray<EngagementModel> All { get; } =
        [EngagementModel.StaffAugmentation, EngagementModel.ProjectOutsourcing, EngagementModel.ManagedServices];

    /// <summary>The public ids in canonical order.</summary>
    public static ImmutableArray<string> Ids { get; } = [StaffAugmentationId, ProjectOutsourcingId, ManagedServicesId];

    /// <summary>Returns the public id (for example <c>staff-augmentation</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined model.</exception>
    public static string ToId(this EngagementModel model) => model switch
    {
        EngagementModel.StaffAugmentation => StaffAugmentationId,
        EngagementModel.ProjectOutsourcing => ProjectOutsourcingId,
        EngagementModel.ManagedServices => ManagedServicesId,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown engagement model."),
    };

    /// <summary>Returns a human name (for example "Staff augmentation").</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined model.</exception>
    public static string ToDisplayName(this EngagementModel model) => model switch
    {
        EngagementModel.StaffAugmentation => "Staff augmentation",
        EngagementModel.ProjectOutsourcing => "Project outsourcing",
        EngagementModel.ManagedServices => "Managed services",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown engagement model."),
    };

    /// <summary>Parses a public id, case-insensitively. Never throws.</summary>
    public static bool TryParse(string? id, [NotNullWhen(true)] out EngagementModel? model)
    {
        model = id?.Trim().ToLowerInvariant() switch
        {
            StaffAugmentationId => EngagementModel.StaffAugmentation,
            ProjectOutsourcingId => EngagementModel.ProjectOutsourcing,
            ManagedServicesId => EngagementModel.ManagedServices,
            _ => null,
        };
        return model is not null;
    }
}
