namespace Sourcewise;

/// <summary>The three engagement models Sourcewise compares.</summary>
/// <remarks>They differ in who directs the work and who answers for the result, not in "how much" is outsourced.</remarks>
public enum EngagementModel
{
    /// <summary>External engineers join the client's team and are directed by the client (<c>staff-augmentation</c>).</summary>
    StaffAugmentation = 0,

    /// <summary>A vendor delivers a bounded scope against acceptance criteria (<c>project-outsourcing</c>).</summary>
    ProjectOutsourcing = 1,

    /// <summary>A provider runs an ongoing function against an SLA (<c>managed-services</c>).</summary>
    ManagedServices = 2,
}
