using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Sourcewise.Profiles;

/// <summary>The fixed set of work-profile fields (keys from the public interface).</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class ProfileFields
{
    private static readonly ImmutableArray<string> Levels = ["low", "medium", "high"];
    private static readonly ImmutableArray<string> Booleans = ["false", "true"];

    /// <summary>The workstream's name (required).</summary>
    public static ProfileField Name { get; } = new(0, "name", ProfileFieldKind.Text, [],
        "What is the workstream called?", "A short name for the piece of work, e.g. \"Payments API\".");

    /// <summary>Company stage.</summary>
    public static ProfileField Stage { get; } = new(1, "stage", ProfileFieldKind.Choice,
        ["pre-seed", "seed", "series-a", "series-b", "series-c", "scale-up", "enterprise"],
        "What stage is the company at?",
        "Early companies need learning to compound in-house; larger ones partition work across all three models.");

    /// <summary>Continuous product work, a bounded project, or a steady-state function.</summary>
    public static ProfileField WorkType { get; } = new(2, "workType", ProfileFieldKind.Choice,
        ["product", "project", "operations"],
        "What kind of work is it?",
        "product: continuous iteration on what you sell; project: a bounded piece with an end; operations: a steady-state function to run.");

    /// <summary>Core to competitive advantage.</summary>
    public static ProfileField Differentiating { get; } = new(3, "differentiating", ProfileFieldKind.Boolean, Booleans,
        "Is it core to your competitive advantage?",
        "Differentiating work is where your own judgement and retained knowledge matter most.");

    /// <summary>How often requirements change.</summary>
    public static ProfileField RequirementVolatility { get; } = new(4, "requirementVolatility", ProfileFieldKind.Choice, Levels,
        "How often do the requirements change?",
        "One of the two deciding variables: volatile requirements reopen scope, timeline and contract when outsourced.");

    /// <summary>Can a stable spec with acceptance criteria be written now.</summary>
    public static ProfileField ScopeClarity { get; } = new(5, "scopeClarity", ProfileFieldKind.Choice, Levels,
        "Could you write a stable specification with acceptance criteria today?",
        "Fixed-bid outsourcing needs a spec a vendor can price and you can accept against.");

    /// <summary>Capacity to direct and review added engineers.</summary>
    public static ProfileField LeadershipBandwidth { get; } = new(6, "leadershipBandwidth", ProfileFieldKind.Choice,
        ["none", "low", "medium", "high"],
        "How much leadership time is there to direct and review added engineers?",
        "The other deciding variable: augmentation amplifies whatever leadership exists, and slows a team down without it.");

    /// <summary>Must code, models and docs be the client's without negotiation.</summary>
    public static ProfileField IpSensitivity { get; } = new(7, "ipSensitivity", ProfileFieldKind.Choice, Levels,
        "How important is owning the code, models and documents outright?",
        "Augmentation assigns IP to you by default; outsourcing negotiates it; managed providers keep their tooling.");

    /// <summary>Must the reasoning stay in-house after the engagement.</summary>
    public static ProfileField KnowledgeRetention { get; } = new(8, "knowledgeRetention", ProfileFieldKind.Choice, Levels,
        "How much must the reasoning behind the work stay in-house afterwards?",
        "Outsourcing tends to take the reasoning away with the vendor; managed services keep it with the provider.");

    /// <summary>Expected length in months (0 = open-ended).</summary>
    public static ProfileField DurationMonths { get; } = new(9, "durationMonths", ProfileFieldKind.Integer, [],
        "How many months is the work expected to last? (0 = open-ended)",
        "A bounded window favours a project or a short augmentation; open-ended work favours a team or a service.",
        0, 240);

    /// <summary>A function to run indefinitely.</summary>
    public static ProfileField Ongoing { get; } = new(10, "ongoing", ProfileFieldKind.Boolean, Booleans,
        "Is this a function to run indefinitely rather than a project?",
        "Ongoing, steady-state functions are what managed services are built for.");

    /// <summary>Success can be stated as SLA numbers.</summary>
    public static ProfileField MeasurableServiceLevel { get; } = new(11, "measurableServiceLevel", ProfileFieldKind.Boolean, Booleans,
        "Can success be stated as service-level numbers (uptime, response, resolution)?",
        "A managed service is only accountable against targets that can be measured.");

    /// <summary>How fast capacity must grow or shrink.</summary>
    public static ProfileField ScalingUrgency { get; } = new(12, "scalingUrgency", ProfileFieldKind.Choice, Levels,
        "How fast must capacity grow or shrink?",
        "Augmentation adds an engineer in days to two weeks; an outsourcing engagement takes weeks to start.");

    /// <summary>What the buyer optimises.</summary>
    public static ProfileField CostPriority { get; } = new(13, "costPriority", ProfileFieldKind.Choice,
        ["lowest-now", "predictable", "balanced"],
        "What matters most about cost?",
        "lowest-now: cheapest this quarter; predictable: a known monthly or fixed figure; balanced: total cost over two years.");

    /// <summary>The client can say what added engineers would do next sprint.</summary>
    public static ProfileField NextSprintPlanned { get; } = new(14, "nextSprintPlanned", ProfileFieldKind.Boolean, Booleans,
        "Could you say today what added engineers would do next sprint?",
        "If not, added engineers will wait for direction: augmentation needs a plan the client owns.");

    /// <summary>A specialised skill is missing in-house.</summary>
    public static ProfileField SkillGap { get; } = new(15, "skillGap", ProfileFieldKind.Boolean, Booleans,
        "Is a specialised skill missing in-house?",
        "A missing skill can be bought as people (augmentation), as a result (outsourcing) or as a service.");

    /// <summary>The model currently on the table.</summary>
    public static ProfileField Considering { get; } = new(16, "considering", ProfileFieldKind.Choice,
        [EngagementModels.StaffAugmentationId, EngagementModels.ProjectOutsourcingId, EngagementModels.ManagedServicesId],
        "Which model is currently on the table, if any?",
        "Sourcewise checks the model you are leaning towards for the known mistakes.");

    /// <summary>All fields in interface order.</summary>
    public static ImmutableArray<ProfileField> All { get; } =
    [
        Name, Stage, WorkType, Differentiating, RequirementVolatility, ScopeClarity, LeadershipBandwidth,
        IpSensitivity, KnowledgeRetention, DurationMonths, Ongoing, MeasurableServiceLevel, ScalingUrgency,
        CostPriority, NextSprintPlanned, SkillGap, Considering,
    ];

    /// <summary>All fields except <see cref="Name"/>: the ones that carry a value the engine reads.</summary>
    public static ImmutableArray<ProfileField> Answerable { get; } = All.RemoveAt(0);

    /// <summary>All keys in interface order.</summary>
    public static ImmutableArray<string> Keys { get; } = [.. All.Select(f => f.Key)];

    private static readonly FrozenDictionary<string, ProfileField> ByKey =
        All.ToFrozenDictionary(f => f.Key, StringComparer.Ordinal);

    /// <summary>Finds a field by its exact key.</summary>
    public static ProfileField? Find(string key) => ByKey.GetValueOrDefault(key);
}
