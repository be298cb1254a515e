using System.Collections.Immutable;
using System.Reflection;
using Sourcewise.Diagnostics;
using Sourcewise.Profiles;

namespace Sourcewise.Assessments;

/// <summary>The rules and weights of an assessment, read from a JSON data file: factor rules (conditions on profile
/// answers giving points to models, with a reason), stage guidance, mistake rules, the close-call threshold and what
/// each unknown answer costs in confidence.</summary>
/// <remarks>Immutable and thread-safe. The default rules ship inside Sourcewise.Core as
/// <c>Data/assessment-rules.json</c>; an organisation can write its own in the same shape and load it with
/// <see cref="Parse"/>.</remarks>
public sealed class RuleSet
{
    private static readonly Lazy<RuleSet> DefaultRules = new(LoadDefault);

    internal RuleSet(string name, string source, int closeCallThreshold, FactorRule[] factors, MistakeRule[] mistakes,
        string[] stageGuidance, double[] unknownWeights, string[] unknownWhy, string[] settleAdvice,
        double closeCallCap, double tippingUnknownPenalty, double highConfidence, double mediumConfidence)
    {
        Name = name;
        Source = source;
        CloseCallThresholdHundredths = closeCallThreshold;
        Factors = factors;
        Mistakes = mistakes;
        StageGuidanceTexts = stageGuidance;
        UnknownWeights = unknownWeights;
        UnknownWhy = unknownWhy;
        SettleAdvice = settleAdvice;
        CloseCallCap = closeCallCap;
        TippingUnknownPenalty = tippingUnknownPenalty;
        HighConfidence = highConfidence;
        MediumConfidence = mediumConfidence;
    }

    /// <summary>The rules shipped with Sourcewise.</summary>
    public static RuleSet Default => DefaultRules.Value;

    /// <summary>The rule set's name, from its <c>name</c> key.</summary>
    public string Name { get; }

    /// <summary>Where it was read from (a file name, or <c>built-in</c>).</summary>
    public string Source { get; }

    /// <summary>The margin below which an assessment is a <c>close-call</c>.</summary>
    public double CloseCallThreshold => CloseCallThresholdHundredths / 100.0;

    /// <summary>How many factor rules there are.</summary>
    public int FactorRuleCount => Factors.Length;

    /// <summary>The ids of the mistake rules.</summary>
    public ImmutableArray<string> MistakeIds => [.. Mistakes.Select(m => m.Id)];

    internal int CloseCallThresholdHundredths { get; }

    internal FactorRule[] Factors { get; }

    internal MistakeRule[] Mistakes { get; }

    /// <summary>Indexed by stage code; the last entry is the text for an unknown stage.</summary>
    internal string[] StageGuidanceTexts { get; }

    /// <summary>Indexed by field index.</summary>
    internal double[] UnknownWeights { get; }

    /// <summary>Indexed by field index.</summary>
    internal string[] UnknownWhy { get; }

    /// <summary>Indexed by <c>a * 3 + b</c> for a model pair (both orders filled).</summary>
    internal string[] SettleAdvice { get; }

    internal double CloseCallCap { get; }

    internal double TippingUnknownPenalty { get; }

    internal double HighConfidence { get; }

    internal double MediumConfidence { get; }

    /// <summary>Reads a rule set from JSON text. Never throws for bad input: every problem is returned as a diagnostic
    /// naming the field path (for example <c>factors[3].when.requirementVolatility</c>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">A name for messages, usually the file path.</param>
    public static Result<RuleSet> Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        return RuleSetParser.Parse(json, source);
    }

    /// <summary>The stage guidance text for a stage code, or for an unknown stage.</summary>
    internal string StageGuidanceFor(int stageCode) =>
        stageCode == WorkProfile.Unknown ? StageGuidanceTexts[^1] : StageGuidanceTexts[stageCode];

    private static RuleSet LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Sourcewise.Data.assessment-rules.json")
            ?? throw new InvalidOperationException("The built-in assessment rules are missing from the assembly.");
        using var reader = new StreamReader(stream);
        var result = Parse(reader.ReadToEnd(), "built-in");
        return result.Success
            ? result.Value
            : throw new InvalidOperationException("The built-in assessment rules are invalid: " +
                string.Join("; ", result.Diagnostics));
    }

    /// <summary>The profile fields in the order rules refer to them.</summary>
    internal static ImmutableArray<ProfileField> Fields => ProfileFields.Answerable;
}
