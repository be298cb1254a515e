namespace Sourcewise.Assessments;

/// <summary>Builds an <see cref="AssessmentEngine"/>: pick the rules, optionally override the close-call threshold.</summary>
/// <remarks>Not thread-safe; the engine it builds is.</remarks>
public sealed class AssessmentEngineBuilder
{
    private RuleSet _rules = RuleSet.Default;
    private int? _threshold;

    /// <summary>Uses these rules instead of the built-in ones.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public AssessmentEngineBuilder UseRules(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        return this;
    }

    /// <summary>Overrides the margin below which the recommendation is <c>close-call</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is negative or above 1000.</exception>
    public AssessmentEngineBuilder WithCloseCallThreshold(double threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1000);
        _threshold = (int)Math.Round(threshold * 100, MidpointRounding.AwayFromZero);
        return this;
    }

    /// <summary>Builds the immutable engine.</summary>
    public AssessmentEngine Build() => new(_rules, _threshold ?? _rules.CloseCallThresholdHundredths);
}
