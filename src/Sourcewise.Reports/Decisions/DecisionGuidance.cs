using System.Collections.Frozen;
using System.Text.Json;

namespace Sourcewise.Reports.Decisions;

/// <summary>The per-model text of a decision record (risks, knowledge-retention plan, contract terms, consequences,
/// what to watch at the review) and the mistake descriptions, read from <c>Data/decision-guidance.json</c>.</summary>
internal sealed class DecisionGuidance
{
    private static readonly Lazy<DecisionGuidance> Instance = new(Load);

    private DecisionGuidance(FrozenDictionary<string, ModelGuidance> models, FrozenDictionary<string, string> mistakes)
    {
        Models = models;
        Mistakes = mistakes;
    }

    public static DecisionGuidance Default => Instance.Value;

    public FrozenDictionary<string, ModelGuidance> Models { get; }

    public FrozenDictionary<string, string> Mistakes { get; }

    public ModelGuidance For(EngagementModel model) => Models[model.ToId()];

    private static DecisionGuidance Load()
    {
        using var stream = typeof(DecisionGuidance).Assembly.GetManifestResourceStream("Sourcewise.Reports.Data.decision-guidance.json")
            ?? throw new InvalidOperationException("The decision guidance resource is missing.");
        var file = JsonSerializer.Deserialize<GuidanceFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("The decision guidance resource is empty.");
        return new DecisionGuidance(file.Models.ToFrozenDictionary(StringComparer.Ordinal),
            file.Mistakes.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private sealed record GuidanceFile(Dictionary<string, ModelGuidance> Models, Dictionary<string, string> Mistakes);
}

/// <summary>The guidance text for one model.</summary>
internal sealed record ModelGuidance(
    string Name,
    string InShort,
    string[] Risks,
    string[] KnowledgePlan,
    string[] ContractTerms,
    string[] Good,
    string[] Bad,
    string[] Watch);
