using Sourcewise.Profiles;

namespace Sourcewise.Assessments;

/// <summary>One condition on one profile field: a set of accepted codes (choices, booleans) or a range (numbers).
/// An unknown answer never matches.</summary>
internal sealed class RuleCondition(ProfileField field, uint mask, int minimum, int maximum)
{
    public ProfileField Field { get; } = field;

    public int FieldIndex { get; } = field.Index;

    public uint Mask { get; } = mask;

    public int Minimum { get; } = minimum;

    public int Maximum { get; } = maximum;

    public bool IsRange => Field.Kind == ProfileFieldKind.Integer;

    public bool Matches(int code)
    {
        if (code == WorkProfile.Unknown)
        {
            return false;
        }

        return IsRange ? code >= Minimum && code <= Maximum : ((Mask >> code) & 1u) != 0;
    }
}

/// <summary>A factor rule: when every condition holds, add points (fixed point, hundredths) to models.</summary>
internal sealed class FactorRule(ProfileField factor, RuleCondition[] conditions, int[] points, string reason)
{
    public ProfileField Factor { get; } = factor;

    public RuleCondition[] Conditions { get; } = conditions;

    /// <summary>Hundredths of a point per model, in canonical model order.</summary>
    public int[] Points { get; } = points;

    public string Reason { get; } = reason;
}

/// <summary>When a mistake rule looks at the model.</summary>
internal enum MistakeTrigger
{
    Always,
    Considered,
    Recommended,
    ConsideredOrRecommended,
}

/// <summary>A mistake rule: fires when every <see cref="All"/> condition holds and at least one <see cref="AnyOf"/>
/// alternative (itself a list of conditions that must all hold) holds, if there are alternatives.</summary>
internal sealed class MistakeRule(string id, MistakeSeverity severity, EngagementModel? model, MistakeTrigger trigger,
    RuleCondition[] all, RuleCondition[][] anyOf, string[] because, string message, string why)
{
    public string Id { get; } = id;

    public MistakeSeverity Severity { get; } = severity;

    public EngagementModel? Model { get; } = model;

    public MistakeTrigger Trigger { get; } = trigger;

    public RuleCondition[] All { get; } = all;

    public RuleCondition[][] AnyOf { get; } = anyOf;

    /// <summary>One reason per <see cref="AnyOf"/> alternative (or none): the message names the alternatives that
    /// hold, so it says why the mistake applies to this profile.</summary>
    public string[] Because { get; } = because;

    public string Message { get; } = message;

    public string Why { get; } = why;
}
