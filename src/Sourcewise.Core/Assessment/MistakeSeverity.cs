namespace Sourcewise.Assessments;

/// <summary>How serious a model-selection mistake is.</summary>
public enum MistakeSeverity
{
    /// <summary>A risk worth weighing (<c>warning</c>).</summary>
    Warning,

    /// <summary>A known failure pattern for this choice (<c>error</c>).</summary>
    Error,
}
