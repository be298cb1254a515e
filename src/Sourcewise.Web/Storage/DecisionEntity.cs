namespace Sourcewise.Web.Storage;

/// <summary>A saved decision as stored: the inputs and the assessment as JSON text, so the record reads back exactly
/// as it was acknowledged.</summary>
internal sealed class DecisionEntity
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    public required string ProfileJson { get; set; }

    public string? CostScenarioJson { get; set; }

    public required string AssessmentJson { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    public DateOnly ReviewBy { get; set; }

    public required string Status { get; set; }
}
