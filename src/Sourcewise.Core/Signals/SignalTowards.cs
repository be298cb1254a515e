namespace Sourcewise.Signals;

/// <summary>A model that a signal points towards, and the share of the signal's weight it gets.</summary>
/// <param name="Model">The model.</param>
/// <param name="Factor">1 for a full share; 0.5 for a secondary direction such as "O (M)".</param>
public sealed record SignalTowards(EngagementModel Model, double Factor = 1.0);
