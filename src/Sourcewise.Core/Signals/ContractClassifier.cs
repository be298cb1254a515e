using System.Collections.Immutable;
using System.Globalization;

namespace Sourcewise.Signals;

/// <summary>Names the model a contract describes by reading its dimensions: who directs the work (control), who
/// chooses the people (staffing), what is paid for (pricing), how success is judged (accountability), how long it
/// runs (term), how the people fit in (integration) and who owns the result (ip). Each dimension votes for the model
/// its signals point to; a dimension settled by a decisive signal counts more. A model is named when the votes agree
/// or clearly preponderate; <c>undetermined</c> is kept for genuine conflict and for evidence too thin to read (fewer
/// than two of the core dimensions). A document that is not an engagement for services at all is
/// <c>not-an-engagement</c>, with the reason. All weights and thresholds are data (<c>signals.json</c>,
/// <c>classification</c> and <c>scope</c>).</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class ContractClassifier
{
    private const string UnitFee = "recurring-unit-fee";
    private const string FixedPrice = "fixed-price-deliverables";

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

    /// <summary>Classifies a set of signals (a questionnaire's answers: no document-level reading).</summary>
    public ContractClassification Classify(IEnumerable<SignalDefinition> signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        return Classify([.. signals.Select(s => new DetectedSignal(s, [], 1))], facts: null);
    }

    /// <summary>Classifies the signals found in a document, with its document-level reading.</summary>
    internal ContractClassification Classify(IReadOnlyList<DetectedSignal> signals, DocumentFacts? facts)
    {
        var rules = _catalogue.Decision;
        var present = signals.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var points = new Dictionary<string, Dictionary<EngagementModel, double>>(StringComparer.Ordinal);
        var decisiveIn = new Dictionary<string, HashSet<EngagementModel>>(StringComparer.Ordinal);
        var decisiveFor = new Dictionary<EngagementModel, List<SignalDefinition>>();
        var towards = EngagementModels.All.ToDictionary(m => m, _ => new List<SignalDefinition>());
        var pricedOtherwise = present.Contains(UnitFee) || present.Contains(FixedPrice);
        foreach (var detected in signals)
        {
            var signal = detected.Definition;
            var weight = _catalogue.Weights[signal.Strength];
            if (detected.Ancillary && pricedOtherwise)
            {
                // Hourly rates for optional extras do not outweigh the main price.
                continue;
            }

            var dimension = rules.DimensionOf(signal);
            foreach (var t in TowardsGiven(signal, present))
            {
                var byModel = points.TryGetValue(dimension, out var d) ? d : points[dimension] = [];
                byModel[t.Model] = byModel.GetValueOrDefault(t.Model) + (weight * t.Factor);
                towards[t.Model].Add(signal);
                if (signal.Strength == SignalStrength.Decisive)
                {
                    (decisiveIn.TryGetValue(dimension, out var set) ? set : decisiveIn[dimension] = []).Add(t.Model);
                    (decisiveFor.TryGetValue(t.Model, out var list) ? list : decisiveFor[t.Model] = []).Add(signal);
                }
            }
        }

        // "Decisive against": a signal that rules a model out, unless a decisive signal for that model also fires,
        // which is a genuine conflict.
        var ruledOut = new HashSet<EngagementModel>();
        foreach (var detected in signals.Where(s => !s.Definition.Against.IsDefaultOrEmpty))
        {
            foreach (var model in detected.Definition.Against)
            {
                if (decisiveFor.TryGetValue(model, out var decisive))
                {
                    var scoresAtConflict = Scores(points, rules, decisiveIn, ruledOut, out _);
                    return new ContractClassification(null, scoresAtConflict, [.. decisive.Select(s => s.Id), detected.Id],
                        $"{string.Join(", ", decisive.Select(s => s.Id))} points to {model.ToId()} but {detected.Id} rules it out");
                }

                ruledOut.Add(model);
            }
        }

        var scores = Scores(points, rules, decisiveIn, ruledOut, out var won);
        var ranked = EngagementModels.All.Where(m => !ruledOut.Contains(m))
            .OrderByDescending(m => scores[m]).ThenBy(m => EngagementModels.All.IndexOf(m)).ToList();
        var best = ranked[0];
        var bestScore = scores[best];

        if (facts is not null && NotAnEngagement(facts, bestScore) is { } reason)
        {
            return new ContractClassification(null, scores, [], reason) { NotAnEngagement = true };
        }

        var coreDimensions = points.Keys.Count(rules.Core.Contains);
        if (bestScore <= 0 || (coreDimensions < rules.MinimumCoreDimensions && decisiveFor.Count == 0) || bestScore < rules.MinimumScore)
        {
            var tooLittle = signals.Count == 0
                ? "no signal of any model was found"
                : coreDimensions < rules.MinimumCoreDimensions
                    ? $"too little to name a model: the signals speak to {Plural(coreDimensions, "core dimension")} ({string.Join(", ", points.Keys.Where(rules.Core.Contains))}); {rules.MinimumCoreDimensions} are needed, or a decisive signal"
                    : $"no model wins enough: {string.Join(", ", ranked.Select(m => $"{m.ToId()} {Number(scores[m])}"))}" +
                      (ruledOut.Count > 0 ? $" ({string.Join(", ", ruledOut.Select(m => m.ToId()))} ruled out)" : string.Empty);
            return new ContractClassification(null, scores, [], tooLittle);
        }

        // Decisive signals conflict when a different decisive signal points to another model (one signal pointing to
        // two models, as the vendor controlling its staffing does, is no conflict).
        var rivals = decisiveFor.ContainsKey(best)
            ? decisiveFor.Where(p => p.Key != best && !ruledOut.Contains(p.Key) && p.Value.Any(s => !decisiveFor[best].Contains(s)))
                .Select(p => p.Key).ToList()
            : [];
        if (rivals.Count > 0 && bestScore - scores[rivals.MaxBy(m => scores[m])] <= rules.DecisiveConflictMargin)
        {
            var other = rivals.MaxBy(m => scores[m]);
            var forOther = decisiveFor[other].Where(s => !decisiveFor[best].Contains(s)).Select(s => s.Id).Distinct().ToList();
            var forBest = decisiveFor[best].Where(s => !decisiveFor[other].Contains(s)).Select(s => s.Id).Distinct().ToList();
            return new ContractClassification(null, scores, [.. forBest.Concat(forOther)],
                $"decisive signals conflict: {string.Join(", ", forBest)} points to {best.ToId()} ({Number(bestScore)}) " +
                $"and {string.Join(", ", forOther)} to {other.ToId()} ({Number(scores[other])})");
        }

        if (ranked.Count > 1)
        {
            var second = ranked[1];
            var secondCore = won[second].Where(rules.Core.Contains).ToList();
            if (bestScore - scores[second] <= rules.Margin && secondCore.Count > 0)
            {
                var onlyBest = towards[best].Where(s => !towards[second].Contains(s)).Select(s => s.Id).Distinct().ToList();
                var onlySecond = towards[second].Where(s => !towards[best].Contains(s)).Select(s => s.Id).Distinct().ToList();
                return new ContractClassification(null, scores, [.. onlyBest.Concat(onlySecond)],
                    $"{best.ToId()} ({Number(bestScore)}: {string.Join(", ", won[best])}) and {second.ToId()} ({Number(scores[second])}: {string.Join(", ", won[second])}) are too close: " +
                    $"{string.Join(", ", onlyBest)} against {string.Join(", ", onlySecond)}");
            }
        }

        return new ContractClassification(best, scores, [],
            $"{best.ToId()} wins {string.Join(", ", won[best])} ({Number(bestScore)} points) on {string.Join(", ", towards[best].Select(s => s.Id).Distinct())}");
    }

    /// <summary>Per model, the weights of the dimensions it wins (a tie splits the weight).</summary>
    private static ImmutableDictionary<EngagementModel, double> Scores(Dictionary<string, Dictionary<EngagementModel, double>> points,
        DecisionRules rules, Dictionary<string, HashSet<EngagementModel>> decisiveIn, HashSet<EngagementModel> ruledOut,
        out Dictionary<EngagementModel, List<string>> won)
    {
        var scores = EngagementModels.All.ToDictionary(m => m, _ => 0.0);
        won = EngagementModels.All.ToDictionary(m => m, _ => new List<string>());
        foreach (var (dimension, byModel) in points.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var candidates = byModel.Where(p => !ruledOut.Contains(p.Key) && p.Value > 0).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var top = candidates.Max(p => p.Value);
            var winners = candidates.Where(p => p.Value >= top - 1e-9).Select(p => p.Key).ToList();
            var weight = rules.WeightOf(dimension);
            if (winners.Count == 1)
            {
                var winner = winners[0];
                var decisive = decisiveIn.TryGetValue(dimension, out var d) && d.Contains(winner);
                scores[winner] += weight + (decisive ? rules.DecisiveBonus : 0);
                won[winner].Add(dimension);
            }
            else
            {
                foreach (var winner in winners)
                {
                    scores[winner] += weight / winners.Count;
                }
            }
        }

        return scores.ToImmutableDictionary(p => p.Key, p => Math.Round(p.Value, 2));
    }

    /// <summary>The reason the document is not an engagement for services, or null: its cues for one kind of deal
    /// that is not an engagement (the deal's subject dominating the clauses, a party named by the deal's roles, its
    /// title) add up, and the model evidence is weak.</summary>
    private string? NotAnEngagement(DocumentFacts facts, double bestScore)
    {
        var scope = _catalogue.Scope;
        var rule = scope.Rule;
        if (scope.Deals.IsDefaultOrEmpty || bestScore > rule.MaximumModelScore)
        {
            return null;
        }

        string? best = null;
        var bestEvidence = 0.0;
        for (var d = 0; d < scope.Deals.Length; d++)
        {
            var deal = scope.Deals[d];
            var evidence = 0.0;
            var why = new List<string>();
            if (facts.Read >= rule.MinimumSentences && facts.Read > 0)
            {
                var count = facts.Domains[d];
                var share = (double)count / facts.Read;
                if (share >= rule.MinimumDomainShare && count >= rule.Dominance * facts.Services)
                {
                    evidence += rule.DomainWeight;
                    why.Add(string.Create(CultureInfo.InvariantCulture, $"{share:P0} of its clauses are about it against {(double)facts.Services / facts.Read:P0} about engineering or IT services"));
                }
            }

            var role = facts.PartyNames.FirstOrDefault(p => deal.Roles.Contains(p, StringComparer.Ordinal));
            if (role is not null)
            {
                evidence += rule.RoleWeight;
                why.Add($"a party is the \"{Capitalised(role)}\"");
            }

            var title = deal.Titles.FirstOrDefault(t => facts.Title.Contains(t, StringComparison.Ordinal));
            if (title is not null)
            {
                evidence += rule.TitleWeight;
                why.Add($"it calls itself \"{title}\"");
            }

            evidence *= deal.Weight;
            if (evidence >= rule.MinimumEvidence && evidence > bestEvidence)
            {
                bestEvidence = evidence;
                best = $"not an engagement for services: the document is {deal.Describes} ({string.Join("; ", why)}; " +
                    $"{Plural(facts.Engagement, "clause")} in which one party performs services for the other)";
            }
        }

        return best;
    }

    private static string Capitalised(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>The decision's weights and thresholds (<c>signals.json</c>, <c>classification</c>).</summary>
/// <param name="Dimensions">The weight of each dimension's vote.</param>
/// <param name="Core">The dimensions that carry the model (control, staffing, pricing, accountability, term).</param>
/// <param name="DecisiveBonus">Extra weight for a dimension won by a decisive signal.</param>
/// <param name="MinimumCoreDimensions">Core dimensions with evidence needed to name a model without a decisive signal.</param>
/// <param name="MinimumScore">The least score for which a model is named.</param>
/// <param name="Margin">A runner-up that wins a core dimension and is within this margin makes the answer undetermined.</param>
/// <param name="SignalDimensions">Signals read in another dimension than their catalogue one (by signal id).</param>
/// <param name="DecisiveConflictMargin">When decisive signals point to different models, the best must lead by more
/// than this, or the answer is undetermined.</param>
internal sealed record DecisionRules(
    ImmutableDictionary<string, double> Dimensions,
    ImmutableHashSet<string> Core,
    double DecisiveBonus,
    int MinimumCoreDimensions,
    double MinimumScore,
    double Margin,
    ImmutableDictionary<string, string> SignalDimensions,
    double DecisiveConflictMargin)
{
    public double WeightOf(string dimension) => Dimensions.GetValueOrDefault(dimension, 1.0);

    public string DimensionOf(SignalDefinition signal) => SignalDimensions.GetValueOrDefault(signal.Id, signal.Dimension);
}
