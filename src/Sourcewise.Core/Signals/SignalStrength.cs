namespace Sourcewise.Signals;

/// <summary>How much one signal weighs when the model is scored.</summary>
public enum SignalStrength
{
    /// <summary>Points one way, but little on its own.</summary>
    Weak,

    /// <summary>Points one way clearly.</summary>
    Strong,

    /// <summary>Settles a dimension on its own.</summary>
    Decisive,
}
