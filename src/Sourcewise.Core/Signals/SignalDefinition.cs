using System.Collections.Immutable;

namespace Sourcewise.Signals;

/// <summary>One signal from the catalogue (<c>Data/signals.json</c>): what the text says and where it points.</summary>
/// <param name="Id">The public id, e.g. <c>client-directs-work</c>.</param>
/// <param name="Title">What the text says, in plain words.</param>
/// <param name="Towards">The models the signal points towards (empty for exit signals).</param>
/// <param name="Against">Models the signal rules out unless a decisive signal for them also fires.</param>
/// <param name="Strength">Weak, strong or decisive.</param>
/// <param name="Dimension">The dimension: control, staffing, pricing, accountability, term, integration, ip or exit.</param>
/// <param name="ConditionalSignal">A signal that, when present, redirects this one (see <paramref name="ConditionalTowards"/>).</param>
/// <param name="ConditionalTowards">Where this signal points when <paramref name="ConditionalSignal"/> is present.</param>
public sealed record SignalDefinition(
    string Id,
    string Title,
    ImmutableArray<SignalTowards> Towards,
    ImmutableArray<EngagementModel> Against,
    SignalStrength Strength,
    string Dimension,
    string? ConditionalSignal = null,
    ImmutableArray<SignalTowards> ConditionalTowards = default)
{
    /// <summary>The first model the signal points towards, or null for exit signals.</summary>
    public EngagementModel? PrimaryModel => Towards.IsDefaultOrEmpty ? null : Towards[0].Model;
}
