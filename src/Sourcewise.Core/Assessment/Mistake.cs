namespace Sourcewise.Assessments;

/// <summary>A known model-selection mistake that applies to this workstream. Immutable.</summary>
/// <param name="Id">The mistake id, e.g. <c>outsourcing-core-under-uncertainty</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What the mistake is, in one sentence.</param>
/// <param name="Why">Why it goes wrong.</param>
/// <param name="Model">The model the mistake is about, or <c>null</c> when it is about how the choice is made.</param>
public sealed record Mistake(string Id, MistakeSeverity Severity, string Message, string Why, EngagementModel? Model)
{
    /// <summary>The severity as it appears in JSON: <c>warning</c> or <c>error</c>.</summary>
    public string SeverityId => Severity == MistakeSeverity.Error ? "error" : "warning";
}
