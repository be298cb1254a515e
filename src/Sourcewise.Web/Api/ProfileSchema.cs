namespace Sourcewise.Web.Api;

/// <summary>The work profile, for the OpenAPI document only (the app reads bodies with the shared profile reader,
/// which reports unknown keys and values by field).</summary>
internal sealed record ProfileSchema(
    string Name,
    string? Stage,
    string? WorkType,
    bool? Differentiating,
    string? RequirementVolatility,
    string? ScopeClarity,
    string? LeadershipBandwidth,
    string? IpSensitivity,
    string? KnowledgeRetention,
    int? DurationMonths,
    bool? Ongoing,
    bool? MeasurableServiceLevel,
    string? ScalingUrgency,
    string? CostPriority,
    bool? NextSprintPlanned,
    bool? SkillGap,
    string? Considering);
