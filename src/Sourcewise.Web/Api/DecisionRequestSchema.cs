using System.Text.Json;

namespace Sourcewise.Web.Api;

/// <summary>The body of <c>POST /api/decisions</c>, for the OpenAPI document only.</summary>
internal sealed record DecisionRequestSchema(string Title, ProfileSchema Profile, JsonElement? CostScenario, string? ReviewBy, string? Status);
