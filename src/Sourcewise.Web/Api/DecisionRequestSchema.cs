using System.Text.Json;

namespace Sourcewise.Web.Api;

/// <summary>The body of <c>POST /api/decisions</c>, for the OpenAPI document only.</summary>
internal sealed record DecisionRequestSchema(string Title, ProfileSchema Profile, JsonElement? CostScenario, string? ReviewBy, string? Status,
    string? Chosen, string? Start, long? Seed, JsonElement? ContractCheck);

/// <summary>One month of <c>POST /api/decisions/{id}/actuals</c>, for the OpenAPI document only.</summary>
internal sealed record ActualMonthSchema(string Month, double Spend, int? Headcount, int? ChangeRequests, int? SlaBreaches, int? Attrition, string? Note);

/// <summary>The JSON body of <c>POST /api/decisions/{id}/actuals</c>, for the OpenAPI document only.</summary>
internal sealed record ActualsRequestSchema(IReadOnlyList<ActualMonthSchema> Months);
