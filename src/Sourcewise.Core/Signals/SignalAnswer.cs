namespace Sourcewise.Signals;

/// <summary>A questionnaire answer for one signal.</summary>
public enum SignalAnswer
{
    /// <summary>Not known (treated as absent, and said so).</summary>
    Unknown,

    /// <summary>The proposal has it.</summary>
    Yes,

    /// <summary>The proposal does not have it.</summary>
    No,
}
