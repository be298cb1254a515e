using System.Collections.Immutable;
using Sourcewise.Assessments;
using Sourcewise.Comparison;
using Sourcewise.Profiles;
using Sourcewise.Reports.Decisions;

namespace Sourcewise.Reports.Tests.Decisions;

/// <summary>Hand-made inputs for the decision record: a profile, an assessment as the engine would give it, a cost
/// result and a contract check. They exercise the builder without depending on the engines' numbers.</summary>
internal static class DecisionSamples
{
    public static readonly DateOnly Date = new(2026, 11, 29);

    public static WorkProfile Profile()
    {
        var builder = new WorkProfileBuilder();
        builder.Set("name", "Search relevance");
        builder.Set("stage", "series-b");
        builder.Set("workType", "product");
        builder.Set("differentiating", "true");
        builder.Set("requirementVolatility", "high");
        builder.Set("scopeClarity", "low");
        builder.Set("leadershipBandwidth", "medium");
        builder.Set("knowledgeRetention", "high");
        builder.Set("nextSprintPlanned", "true");
        builder.Set("skillGap", "true");
        builder.Set("considering", "project-outsourcing");
        return builder.Build().Value!;
    }

    public static Assessment Assessment(bool closeCall = false) => new()
    {
        Name = "Search relevance",
        Profile = Profile(),
        Recommendation = closeCall ? "close-call" : "staff-augmentation",
        BestFit = EngagementModel.StaffAugmentation,
        RunnerUp = EngagementModel.ProjectOutsourcing,
        Margin = closeCall ? 0.4 : 6.5,
        CloseCallThreshold = 1,
        Scores = new ModelScores(9.0, closeCall ? 8.6 : 2.5, -3.0),
        Contributions =
        [
            new("requirementVolatility", EngagementModel.StaffAugmentation, 3, "Volatile requirements suit time and materials under your own direction"),
            new("requirementVolatility", EngagementModel.ProjectOutsourcing, -3, "Every change would reopen scope, timeline and contract"),
            new("differentiating", EngagementModel.StaffAugmentation, 2, "Core work keeps its reasoning in-house"),
            new("leadershipBandwidth", EngagementModel.StaffAugmentation, 1, "Some capacity to direct added engineers"),
            new("scopeClarity", EngagementModel.ProjectOutsourcing, -2, "No stable spec with acceptance criteria can be written yet"),
            new("workType", EngagementModel.ManagedServices, -3, "Product work is not a steady-state function"),
            new("skillGap", EngagementModel.StaffAugmentation, 1.5, "A specialised skill is missing in-house"),
            new("knowledgeRetention", EngagementModel.ProjectOutsourcing, -1.5, "The reasoning must stay in-house"),
            new("leadershipBandwidth", EngagementModel.ProjectOutsourcing, 0.5, "Outsourcing needs less day-to-day direction"),
        ],
        TippingPoints =
        [
            new("leadershipBandwidth", "medium", "none", "project-outsourcing"),
            new("requirementVolatility", "high", "low", "close-call"),
        ],
        Mistakes = [new("outsourcing-core-under-uncertainty", MistakeSeverity.Warning, "Project outsourcing is on the table for core work with high requirement volatility", "", EngagementModel.ProjectOutsourcing)],
        StageGuidance = "Series A–C: augmentation for core, outsourcing for clearly scoped side projects.",
        Confidence = closeCall ? 0.3 : 0.62,
        ConfidenceLevel = closeCall ? ConfidenceLevel.Low : ConfidenceLevel.Medium,
        Unknowns =
        [
            new("ipSensitivity", "How important is owning the code, models and documents outright?", "", false),
            new("durationMonths", "How many months is the work expected to last? (0 = open-ended)", "Short bounded work can suit outsourcing", true),
            new("costPriority", "What matters most about cost?", "", false),
        ],
    };

    public static ImmutableArray<ModelDimension> Models() =>
    [
        new("control", "Control", ["Client sets tasks and priorities day to day", "Client defines scope and reviews milestones; vendor runs delivery", "Provider runs the function inside SLA limits"]),
        new("accountability", "Accountability", ["Client's own leadership", "Vendor, for scope and acceptance criteria", "Provider, against measurable targets"]),
        new("ip-ownership", "IP ownership", ["Assigned to the client by default", "Work for hire; ownership and reuse negotiated", "Provider keeps its tooling; client keeps data and configuration"]),
        new("scaling-speed", "Scaling speed", ["Days to about two weeks per engineer", "Weeks per engagement", "Elastic inside the contracted envelope"]),
        new("cost-model", "Cost model", ["T&M, monthly retainer or per seat", "Fixed bid for stable scope, or T&M", "Recurring per unit or tiered SLA fee"]),
        new("best-for", "Best for", ["Core product, continuous iteration, specialised skills", "Well-defined, non-core work with low uncertainty", "Steady-state operations"]),
    ];

    public static DecisionCost Cost(string? svg = null, byte[]? png = null) => new(
        "USD", 24, 10_000, 1,
        [
            new("staffAugmentation", 1_390_000, 1_420_000, 1_460_000, 1_421_000, 0.62),
            new("projectOutsourcing", 1_120_000, 1_480_000, 1_950_000, 1_505_000, 0.38),
            new("inHouse", 1_600_000, 1_690_000, 1_800_000, 1_695_000, 0),
        ],
        svg, png, 800, 450,
        ["Project outsourcing overtakes staff augmentation around month 14 at the median."],
        "examples/scenario.yaml");

    public static DecisionContractCheck Contract() => new(
        "proposals/acme-sow.pdf",
        "project-outsourcing",
        "staff-augmentation",
        [
            new("client-directs-work", "staff-augmentation", "strong",
                [new("The Client's engineering manager will assign tasks to the Consultants each sprint.", 2, 14)]),
            new("per-head-pricing", "staff-augmentation", "strong",
                [new("Fees: USD 14,000 per consultant per month.", 3, 4)]),
        ],
        [
            new("mislabeled-project-outsourcing", "error", "Called a project, but the client directs the work and pays per head",
                [new("The Client's engineering manager will assign tasks to the Consultants each sprint.", 2, 14)]),
            new("missing-acceptance-criteria", "warning", "No acceptance criteria for the deliverables", []),
        ]);

    public static DecisionRequest Request(bool withCost = false, bool withContract = false, bool closeCall = false) => new()
    {
        Profile = Profile(),
        Assessment = Assessment(closeCall),
        Date = Date,
        Models = Models(),
        Cost = withCost ? Cost(Reports.Tests.Rendering.SampleReport.TinySvg) : null,
        Contract = withContract ? Contract() : null,
        DecidedBy = ["Dana Reyes (CTO)", "Sam Okafor (Finance)"],
    };
}
