namespace Sourcewise.Decisions;

/// <summary>What happened in one month of an engagement. Immutable.</summary>
/// <param name="Month">The month.</param>
/// <param name="Spend">What was spent in the month (not cumulative), ≥ 0.</param>
/// <param name="Headcount">Engineers on the engagement, when known.</param>
/// <param name="ChangeRequests">Change requests raised in the month, when known.</param>
/// <param name="SlaBreaches">SLA breaches in the month, when known.</param>
/// <param name="Attrition">Engineers who left in the month, when known.</param>
/// <param name="Note">A free note.</param>
public sealed record MonthActual(YearMonth Month, double Spend, int? Headcount = null, int? ChangeRequests = null,
    int? SlaBreaches = null, int? Attrition = null, string? Note = null);
