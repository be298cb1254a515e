using System.Collections.Immutable;

namespace Sourcewise.Signals;

/// <summary>Scores each model from the signals (decisive, strong and weak weights from the catalogue) and names the
/// model actually described, or undetermined when the dimensions conflict.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class ContractClassifier
{
    private readonly SignalCatalogue _catalogue;

    /// <summary>Creates a classifier over a catalogue.</summary>
    public ContractClassifier(SignalCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        _catalogue = catalogue;
    }

    /// <summary>The models a signal points towards, given the other signals present.</summary>
    public static ImmutableArray<SignalTowards> TowardsGiven(SignalDefinition signal, IReadOnlySet<string> present)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(present);
        return signal.ConditionalSignal is { } condition && present.Contains(condition) && !signal.ConditionalTowards.IsDefaultOrEmpty
            ? signal.ConditionalTowards
            : signal.Towards;
    }

    /// <summary>Classifies a set of detected signals.</summary>
    public ContractClassification Classify(IEnumerable<SignalDefinition> signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var list = signals.ToList();
        var present = list.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var scores = EngagementModels.All.ToDictionary(m => m, _ => 0.0);
        var towards = new Dictionary<EngagementModel, List<SignalDefinition>>();
        foreach (var model in EngagementModels.All)
        {
            towards[model] = [];
        }

        foreach (var signal in list)
        {
            foreach (var t in TowardsGiven(signal, present))
            {
                scores[t.Model] += _catalogue.Weights[signal.Strength] * t.Factor;
                towards[t.Model].Add(signal);
            }
        }

        var rounded = scores.ToImmutableDictionary(p => p.Key, p => Math.Round(p.Value, 2));

        // "Decisive against": a signal that rules a model out unless a decisive signal for that model also fires.
        var ruledOut = new HashSet<EngagementModel>();
        foreach (var signal in list.Where(s => !s.Against.IsDefaultOrEmpty))
        {
            foreach (var model in signal.Against)
            {
                var decisiveFor = towards[model].Where(s => s.Strength == SignalStrength.Decisive).ToList();
                if (decisiveFor.Count > 0)
                {
                    return new ContractClassification(null, rounded, [.. decisiveFor.Select(s => s.Id), signal.Id],
                        $"{string.Join(", ", decisiveFor.Select(s => s.Id))} points to {model.ToId()} but {signal.Id} rules it out");
                }

                ruledOut.Add(model);
            }
        }

        var ranked = EngagementModels.All.Where(m => !ruledOut.Contains(m))
            .OrderByDescending(m => scores[m]).ThenBy(m => EngagementModels.All.IndexOf(m)).ToList();
        var best = ranked[0];
        if (scores[best] < _catalogue.MinimumScore)
        {
            return new ContractClassification(null, rounded, [],
                list.Count == 0
                    ? "no signal of any model was found"
                    : $"too few signals to name a model (best {best.ToId()} at {scores[best]:0.#} points, {_catalogue.MinimumScore:0.#} needed)");
        }

        if (ranked.Count > 1)
        {
            var second = ranked[1];
            var onlyBest = towards[best].Where(s => !towards[second].Contains(s)).ToList();
            var onlySecond = towards[second].Where(s => !towards[best].Contains(s)).ToList();
            if (scores[best] - scores[second] <= _catalogue.Margin
                && onlySecond.Any(s => s.Strength != SignalStrength.Weak))
            {
                return new ContractClassification(null, rounded,
                    [.. onlyBest.Concat(onlySecond).Select(s => s.Id)],
                    $"{best.ToId()} ({scores[best]:0.#}) and {second.ToId()} ({scores[second]:0.#}) are too close: " +
                    $"{string.Join(", ", onlyBest.Select(s => s.Id))} against {string.Join(", ", onlySecond.Select(s => s.Id))}");
            }
        }

        return new ContractClassification(best, rounded, [],
            $"{best.ToId()} scores {scores[best]:0.#} on {string.Join(", ", towards[best].Select(s => s.Id))}");
    }
}
