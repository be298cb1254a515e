using System.Globalization;

namespace Sourcewise.Assessments;

/// <summary>Shared wording for showing assessment values, so every renderer says the same thing.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class AssessmentText
{
    /// <summary>Formats a profile value as a profile would hold it: <c>high</c>, <c>true</c>, <c>12</c>, or
    /// <c>unknown</c> for <c>null</c>.</summary>
    public static string FormatValue(object? value) => value switch
    {
        null => "unknown",
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The confidence level as a lowercase word.</summary>
    public static string ToId(this ConfidenceLevel level) => level switch
    {
        ConfidenceLevel.High => "high",
        ConfidenceLevel.Medium => "medium",
        _ => "low",
    };
}
