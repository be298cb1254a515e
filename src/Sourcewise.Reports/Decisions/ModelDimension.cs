namespace Sourcewise.Reports.Decisions;

/// <summary>One row of the models comparison: a dimension and what it means under each model.</summary>
/// <param name="Dimension">The dimension, e.g. "Control".</param>
/// <param name="StaffAugmentation">Under staff augmentation.</param>
/// <param name="ProjectOutsourcing">Under project outsourcing.</param>
/// <param name="ManagedServices">Under managed services.</param>
public sealed record ModelDimension(string Dimension, string StaffAugmentation, string ProjectOutsourcing, string ManagedServices)
{
    /// <summary>The text for one model.</summary>
    public string For(EngagementModel model) => model switch
    {
        EngagementModel.StaffAugmentation => StaffAugmentation,
        EngagementModel.ProjectOutsourcing => ProjectOutsourcing,
        _ => ManagedServices,
    };
}
