namespace Sourcewise.Comparison;

/// <summary>A short description of one engagement model. Immutable.</summary>
/// <param name="Model">The model.</param>
/// <param name="Name">The name to show.</param>
/// <param name="Summary">One sentence on how it works.</param>
/// <param name="Directs">Who directs the work.</param>
/// <param name="Owns">Who owns the outcome.</param>
/// <param name="PayFor">What you pay for.</param>
public sealed record ModelDescription(EngagementModel Model, string Name, string Summary, string Directs, string Owns, string PayFor)
{
    /// <summary>The model's public id.</summary>
    public string Id => Model.ToId();
}
