namespace Sourcewise.Assessments;

/// <summary>One score per engagement model. Immutable.</summary>
/// <param name="StaffAugmentation">Score of <c>staff-augmentation</c>.</param>
/// <param name="ProjectOutsourcing">Score of <c>project-outsourcing</c>.</param>
/// <param name="ManagedServices">Score of <c>managed-services</c>.</param>
public readonly record struct ModelScores(double StaffAugmentation, double ProjectOutsourcing, double ManagedServices)
{
    /// <summary>The score of one model.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined model.</exception>
    public double this[EngagementModel model] => model switch
    {
        EngagementModel.StaffAugmentation => StaffAugmentation,
        EngagementModel.ProjectOutsourcing => ProjectOutsourcing,
        EngagementModel.ManagedServices => ManagedServices,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown engagement model."),
    };
}
