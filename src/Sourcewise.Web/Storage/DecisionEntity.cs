namespace Sourcewise.Web.Storage;

/// <summary>A saved decision as stored: the inputs and the assessment as JSON text, so the record reads back exactly
/// as it was acknowledged; the model chosen, the start month and what the review holds it against (frozen at save
/// time). The last four are null for decisions saved before living decisions.</summary>
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

    public string? ChosenModel { get; set; }

    /// <summary>YYYY-MM.</summary>
    public string? StartMonth { get; set; }

    public string? FrozenJson { get; set; }

    public string? ContractCheckJson { get; set; }
}

/// <summary>A change to a decision's answers (append-only: rows are only ever inserted).</summary>
internal sealed class DecisionRevisionEntity
{
    public long Id { get; set; }

    public required string DecisionId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    public required string Change { get; set; }

    public required string ProfileJson { get; set; }

    public required string Recommendation { get; set; }
}

/// <summary>One month of actuals of a decision; the key is (decision, month), so a month sent again replaces it.</summary>
internal sealed class DecisionActualEntity
{
    public required string DecisionId { get; set; }

    /// <summary>YYYY-MM.</summary>
    public required string Month { get; set; }

    public double Spend { get; set; }

    public int? Headcount { get; set; }

    public int? ChangeRequests { get; set; }

    public int? SlaBreaches { get; set; }

    public int? Attrition { get; set; }

    public string? Note { get; set; }
}
