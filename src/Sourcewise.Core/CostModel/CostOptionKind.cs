namespace Sourcewise.CostModel;

/// <summary>The four ways of buying the capacity that a cost scenario compares, in canonical order.</summary>
public enum CostOptionKind
{
    /// <summary>Staff augmentation (id <c>staffAugmentation</c>).</summary>
    StaffAugmentation,

    /// <summary>Fixed-bid project outsourcing (id <c>projectOutsourcing</c>).</summary>
    ProjectOutsourcing,

    /// <summary>Managed services priced per unit (id <c>managedServices</c>).</summary>
    ManagedServices,

    /// <summary>Hiring in-house at the true loaded cost (id <c>inHouse</c>).</summary>
    InHouse,
}
