namespace Sourcewise.Assessments;

/// <summary>How far to trust an assessment, in words.</summary>
public enum ConfidenceLevel
{
    /// <summary>Many answers are unknown or the call is close (<c>low</c>).</summary>
    Low,

    /// <summary>Some answers that matter are unknown (<c>medium</c>).</summary>
    Medium,

    /// <summary>The answers that matter are known and the margin is clear (<c>high</c>).</summary>
    High,
}
