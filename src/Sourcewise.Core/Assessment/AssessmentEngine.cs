using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Sourcewise.Profiles;

namespace Sourcewise.Assessments;

/// <summary>Recommends an engagement model for a work profile from a <see cref="RuleSet"/>: scores, contributions,
/// runner-up and margin, close call, tipping points, stage guidance, mistakes, confidence and unknowns.</summary>
/// <remarks>Immutable and thread-safe: build one (<see cref="Default"/>, <see cref="FromRules"/> or
/// <see cref="AssessmentEngineBuilder"/>) and share it. The rules are compiled into flat tables indexed by field and
/// answer code, and scores are kept in hundredths of a point (integers), so a tipping point computed incrementally is
/// exactly what a full re-assessment gives.</remarks>
public sealed class AssessmentEngine
{
    private const int ModelCount = 3;
    private const int CloseCallCode = 3;
    private static readonly string[] RecommendationIds =
        [EngagementModels.StaffAugmentationId, EngagementModels.ProjectOutsourcingId, EngagementModels.ManagedServicesId, Assessment.CloseCall];

    private static readonly Lazy<AssessmentEngine> DefaultEngine = new(() => FromRules(RuleSet.Default));

    private readonly RuleSet _rules;
    private readonly int _threshold;
    private readonly int _fieldCount;
    private readonly int[] _offset;
    private readonly int[] _unknownSlot;
    private readonly int[] _table;
    private readonly Contribution[][] _slotContributions;
    private readonly object?[] _boxed;
    private readonly int[][] _segments;
    private readonly bool[] _hasRules;
    private readonly FactorRule[] _interactions;
    private readonly int[][] _interactionsByField;
    private readonly Contribution[][] _interactionContributions;
    private readonly UnknownAnswer[][] _unknownAnswers;
    private readonly int _maxVariants;
    private readonly Mistake[] _mistakes;

    internal AssessmentEngine(RuleSet rules, int thresholdHundredths)
    {
        _rules = rules;
        _threshold = thresholdHundredths;
        var fields = ProfileFields.All;
        _fieldCount = fields.Length;
        _offset = new int[_fieldCount];
        _unknownSlot = new int[_fieldCount];
        var total = 0;
        foreach (var field in fields)
        {
            _offset[field.Index] = total;
            var values = field.Kind switch
            {
                ProfileFieldKind.Choice or ProfileFieldKind.Boolean => field.Values.Length,
                ProfileFieldKind.Integer => field.Maximum + 1,
                _ => 0,
            };
            _unknownSlot[field.Index] = values;
            total += values + 1;
        }

        _table = new int[total * ModelCount];
        _boxed = new object?[total];
        var contributions = new List<Contribution>[total];
        foreach (var field in fields)
        {
            for (var code = 0; code < _unknownSlot[field.Index]; code++)
            {
                _boxed[_offset[field.Index] + code] = field.ToJsonValue(code);
            }
        }

        _hasRules = new bool[_fieldCount];
        var interactions = new List<FactorRule>();
        var boundaries = new SortedSet<int>[_fieldCount];
        foreach (var rule in rules.Factors)
        {
            foreach (var condition in rule.Conditions)
            {
                _hasRules[condition.FieldIndex] = true;
                if (condition.IsRange)
                {
                    var set = boundaries[condition.FieldIndex] ??= [];
                    set.Add(condition.Minimum);
                    set.Add(condition.Maximum + 1);
                }
            }

            var single = rule.Conditions.Length > 0 && rule.Conditions.All(c => c.FieldIndex == rule.Conditions[0].FieldIndex);
            if (!single)
            {
                interactions.Add(rule);
                continue;
            }

            // A single-field rule is folded into the table for every answer that satisfies it.
            var field = rule.Conditions[0].Field;
            for (var code = 0; code < _unknownSlot[field.Index]; code++)
            {
                if (!rule.Conditions.All(c => c.Matches(code)))
                {
                    continue;
                }

                var slot = _offset[field.Index] + code;
                for (var m = 0; m < ModelCount; m++)
                {
                    _table[slot * ModelCount + m] += rule.Points[m];
                    if (rule.Points[m] != 0)
                    {
                        (contributions[slot] ??= []).Add(
                            new Contribution(rule.Factor.Key, (EngagementModel)m, rule.Points[m] / 100.0, rule.Reason));
                    }
                }
            }
        }

        _slotContributions = [.. contributions.Select(c => c is null ? [] : c.ToArray())];
        _interactions = [.. interactions];
        _interactionContributions = [.. interactions.Select(r => Enumerable.Range(0, ModelCount)
            .Where(m => r.Points[m] != 0)
            .Select(m => new Contribution(r.Factor.Key, (EngagementModel)m, r.Points[m] / 100.0, r.Reason))
            .ToArray())];
        _interactionsByField = new int[_fieldCount][];
        for (var f = 0; f < _fieldCount; f++)
        {
            var index = f;
            _interactionsByField[f] = [.. Enumerable.Range(0, _interactions.Length)
                .Where(i => _interactions[i].Conditions.Any(c => c.FieldIndex == index))];
        }

        // The answers worth trying for a tipping point: every value of a choice, and one value per stretch of
        // numbers that all rules treat alike.
        _segments = new int[_fieldCount][];
        foreach (var field in fields)
        {
            var segments = new List<int>();
            if (field.Kind == ProfileFieldKind.Integer)
            {
                var cuts = new List<int> { field.Minimum };
                if (boundaries[field.Index] is { } set)
                {
                    cuts.AddRange(set.Where(b => b > field.Minimum && b <= field.Maximum));
                }

                cuts.Add(field.Maximum + 1);
                for (var i = 0; i + 1 < cuts.Count; i++)
                {
                    segments.Add(cuts[i]);
                    segments.Add(cuts[i + 1] - 1);
                }
            }
            else
            {
                for (var code = 0; code < _unknownSlot[field.Index]; code++)
                {
                    segments.Add(code);
                    segments.Add(code);
                }
            }

            _segments[field.Index] = [.. segments];
        }

        _maxVariants = _segments.Sum(s => s.Length / 2);
        _mistakes = [.. rules.Mistakes.Select(r => new Mistake(r.Id, r.Severity, r.Message, r.Why, r.Model))];
        _unknownAnswers = new UnknownAnswer[_fieldCount][];
        foreach (var field in fields)
        {
            var why = rules.UnknownWhy[field.Index] ?? field.Help;
            _unknownAnswers[field.Index] =
            [
                new UnknownAnswer(field.Key, field.Question, why, false),
                new UnknownAnswer(field.Key, field.Question, why, true),
            ];
        }
    }

    /// <summary>The engine over the rules shipped with Sourcewise.</summary>
    public static AssessmentEngine Default => DefaultEngine.Value;

    /// <summary>The rules this engine applies.</summary>
    public RuleSet Rules => _rules;

    /// <summary>The margin below which the recommendation is <c>close-call</c>.</summary>
    public double CloseCallThreshold => _threshold / 100.0;

    /// <summary>Creates an engine over a rule set.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public static AssessmentEngine FromRules(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new AssessmentEngine(rules, rules.CloseCallThresholdHundredths);
    }

    /// <summary>Assesses one workstream. Unknown answers lower confidence and are listed; they never fail.</summary>
    /// <param name="profile">The work profile.</param>
    /// <param name="cancellationToken">Checked once, before the work starts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public Assessment Assess(WorkProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        cancellationToken.ThrowIfCancellationRequested();

        var fieldCount = _fieldCount;
        Span<int> codes = stackalloc int[fieldCount];
        for (var f = 1; f < fieldCount; f++)
        {
            codes[f] = profile.Code(f);
        }

        var table = _table;
        int s0 = 0, s1 = 0, s2 = 0, contributionCount = 0;
        for (var f = 1; f < fieldCount; f++)
        {
            var slot = Slot(f, codes[f]);
            var t = slot * ModelCount;
            s0 += table[t];
            s1 += table[t + 1];
            s2 += table[t + 2];
            contributionCount += _slotContributions[slot].Length;
        }

        var interactions = _interactions;
        Span<bool> matched = interactions.Length <= 64 ? stackalloc bool[interactions.Length] : new bool[interactions.Length];
        for (var i = 0; i < interactions.Length; i++)
        {
            if (AllMatch(interactions[i].Conditions, codes))
            {
                matched[i] = true;
                var p = interactions[i].Points;
                s0 += p[0];
                s1 += p[1];
                s2 += p[2];
                contributionCount += _interactionContributions[i].Length;
            }
        }

        var recommendation = Decide(s0, s1, s2, _threshold, out var best, out var runner, out var margin);

        // Tipping points: each alternative answer of each field, scored incrementally.
        Span<int> variants = _maxVariants <= 256 ? stackalloc int[_maxVariants] : new int[_maxVariants];
        var variantCount = 0;
        var tippingFields = 0L;
        for (var f = 1; f < fieldCount; f++)
        {
            if (!_hasRules[f])
            {
                continue;
            }

            var current = codes[f];
            var t = Slot(f, current) * ModelCount;
            int w0 = s0 - table[t], w1 = s1 - table[t + 1], w2 = s2 - table[t + 2];
            var touching = _interactionsByField[f];
            foreach (var i in touching)
            {
                if (matched[i])
                {
                    var p = interactions[i].Points;
                    w0 -= p[0];
                    w1 -= p[1];
                    w2 -= p[2];
                }
            }

            var segments = _segments[f];
            for (var k = 0; k < segments.Length; k += 2)
            {
                int start = segments[k], end = segments[k + 1];
                int alternative;
                if (current == WorkProfile.Unknown)
                {
                    alternative = start;
                }
                else if (current < start)
                {
                    alternative = start;
                }
                else if (current > end)
                {
                    alternative = end;
                }
                else
                {
                    continue;
                }

                var a = (_offset[f] + alternative) * ModelCount;
                int n0 = w0 + table[a], n1 = w1 + table[a + 1], n2 = w2 + table[a + 2];
                if (touching.Length > 0)
                {
                    codes[f] = alternative;
                    foreach (var i in touching)
                    {
                        if (AllMatch(interactions[i].Conditions, codes))
                        {
                            var p = interactions[i].Points;
                            n0 += p[0];
                            n1 += p[1];
                            n2 += p[2];
                        }
                    }

                    codes[f] = current;
                }

                var changed = Decide(n0, n1, n2, _threshold, out _, out _, out _);
                if (changed != recommendation)
                {
                    variants[variantCount++] = (f << 20) | (alternative << 4) | changed;
                    tippingFields |= 1L << f;
                }
            }
        }

        var tippingPoints = new TippingPoint[variantCount];
        for (var v = 0; v < variantCount; v++)
        {
            var packed = variants[v];
            var f = packed >> 20;
            var alternative = (packed >> 4) & 0xFFFF;
            tippingPoints[v] = new TippingPoint(ProfileFields.All[f].Key, _boxed[Slot(f, codes[f])],
                _boxed[_offset[f] + alternative]!, RecommendationIds[packed & 0xF]);
        }

        // Contributions: the precomputed ones of every answer's slot, then the interactions that matched.
        var contributions = new Contribution[contributionCount];
        var c = 0;
        for (var f = 1; f < fieldCount; f++)
        {
            var slotContributions = _slotContributions[Slot(f, codes[f])];
            slotContributions.CopyTo(contributions, c);
            c += slotContributions.Length;
        }

        for (var i = 0; i < interactions.Length; i++)
        {
            if (matched[i])
            {
                _interactionContributions[i].CopyTo(contributions, c);
                c += _interactionContributions[i].Length;
            }
        }

        // Unknowns and confidence.
        // 'considering' is optional context for the mistake checks, not an answer the recommendation needs.
        var consideringIndex = ProfileFields.Considering.Index;
        var unknownCount = 0;
        for (var f = 1; f < fieldCount; f++)
        {
            if (codes[f] == WorkProfile.Unknown && f != consideringIndex)
            {
                unknownCount++;
            }
        }

        var unknowns = unknownCount == 0 ? [] : new UnknownAnswer[unknownCount];
        var confidence = 1.0;
        var u = 0;
        for (var f = 1; f < fieldCount; f++)
        {
            if (codes[f] != WorkProfile.Unknown || f == consideringIndex)
            {
                continue;
            }

            var couldChange = (tippingFields & (1L << f)) != 0;
            unknowns[u++] = _unknownAnswers[f][couldChange ? 1 : 0];
            confidence -= _rules.UnknownWeights[f];
            if (couldChange)
            {
                confidence -= _rules.TippingUnknownPenalty;
            }
        }

        var isCloseCall = recommendation == CloseCallCode;
        if (isCloseCall)
        {
            confidence = Math.Min(confidence, _rules.CloseCallCap);
        }

        confidence = Math.Round(Math.Clamp(confidence, 0, 1), 2);
        var level = confidence >= _rules.HighConfidence ? ConfidenceLevel.High
            : confidence >= _rules.MediumConfidence ? ConfidenceLevel.Medium
            : ConfidenceLevel.Low;

        var bestModel = (EngagementModel)best;
        var considering = codes[ProfileFields.Considering.Index];
        var mistakes = EvaluateMistakes(codes, bestModel, considering == WorkProfile.Unknown ? null : (EngagementModel)considering);

        return new Assessment
        {
            Name = profile.Name,
            Profile = profile,
            Recommendation = RecommendationIds[recommendation],
            BestFit = bestModel,
            RunnerUp = (EngagementModel)runner,
            Margin = margin / 100.0,
            CloseCallThreshold = _threshold / 100.0,
            Scores = new ModelScores(s0 / 100.0, s1 / 100.0, s2 / 100.0),
            Contributions = ImmutableCollectionsMarshal.AsImmutableArray(contributions),
            TippingPoints = ImmutableCollectionsMarshal.AsImmutableArray(tippingPoints),
            Mistakes = mistakes,
            StageGuidance = _rules.StageGuidanceFor(codes[ProfileFields.Stage.Index]),
            Confidence = confidence,
            ConfidenceLevel = level,
            Unknowns = ImmutableCollectionsMarshal.AsImmutableArray(unknowns),
            CloseCallAdvice = isCloseCall ? CloseCallAdvice(bestModel, (EngagementModel)runner, tippingPoints, codes) : null,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(int field, int code) => _offset[field] + (code == WorkProfile.Unknown ? _unknownSlot[field] : code);

    private static bool AllMatch(RuleCondition[] conditions, ReadOnlySpan<int> codes)
    {
        foreach (var condition in conditions)
        {
            if (!condition.Matches(codes[condition.FieldIndex]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyMatch(RuleCondition[][] alternatives, ReadOnlySpan<int> codes)
    {
        if (alternatives.Length == 0)
        {
            return true;
        }

        foreach (var alternative in alternatives)
        {
            if (AllMatch(alternative, codes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ranks the three scores (ties go to the earlier model) and returns the recommendation code: a model,
    /// or <see cref="CloseCallCode"/> when the margin is below the threshold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Decide(int s0, int s1, int s2, int threshold, out int best, out int runner, out int margin)
    {
        int bestScore, runnerScore;
        if (s0 >= s1 && s0 >= s2)
        {
            best = 0;
            bestScore = s0;
            (runner, runnerScore) = s2 > s1 ? (2, s2) : (1, s1);
        }
        else if (s1 >= s2)
        {
            best = 1;
            bestScore = s1;
            (runner, runnerScore) = s2 > s0 ? (2, s2) : (0, s0);
        }
        else
        {
            best = 2;
            bestScore = s2;
            (runner, runnerScore) = s1 > s0 ? (1, s1) : (0, s0);
        }

        margin = bestScore - runnerScore;
        return margin < threshold ? CloseCallCode : best;
    }

    private ImmutableArray<Mistake> EvaluateMistakes(ReadOnlySpan<int> codes, EngagementModel bestFit, EngagementModel? considering)
    {
        List<Mistake>? found = null;
        var rules = _rules.Mistakes;
        for (var m = 0; m < rules.Length; m++)
        {
            var rule = rules[m];
            var applies = rule.Trigger switch
            {
                MistakeTrigger.Always => true,
                MistakeTrigger.Considered => considering == rule.Model,
                MistakeTrigger.Recommended => bestFit == rule.Model,
                _ => considering == rule.Model || bestFit == rule.Model,
            };
            if (applies && AllMatch(rule.All, codes) && AnyMatch(rule.AnyOf, codes))
            {
                (found ??= []).Add(rule.Because.Length == 0 ? _mistakes[m] : WithReasons(_mistakes[m], rule, codes));
            }
        }

        return found is null ? [] : [.. found];
    }

    /// <summary>The mistake with its message naming the alternatives that hold ("…: nobody can say yet what they
    /// would do next sprint."), not a reason the profile contradicts.</summary>
    private static Mistake WithReasons(Mistake mistake, MistakeRule rule, ReadOnlySpan<int> codes)
    {
        var reasons = new List<string>(rule.AnyOf.Length);
        for (var i = 0; i < rule.AnyOf.Length; i++)
        {
            if (AllMatch(rule.AnyOf[i], codes))
            {
                reasons.Add(rule.Because[i].TrimEnd('.'));
            }
        }

        return mistake with { Message = $"{rule.Message.TrimEnd('.')}: {string.Join("; and ", reasons)}." };
    }

    private string CloseCallAdvice(EngagementModel best, EngagementModel runner, TippingPoint[] tippingPoints, ReadOnlySpan<int> codes)
    {
        var text = new StringBuilder(_rules.SettleAdvice[(int)best * 3 + (int)runner]);

        // Unknown answers first (they are cheapest to settle: find out), then the two deciding variables, then the rest.
        var order = new List<int>();
        foreach (var f in DecidingFirst)
        {
            if (codes[f] == WorkProfile.Unknown)
            {
                order.Add(f);
            }
        }

        // The unknowns that weigh most (per the rules) are the ones worth finding out first.
        var weights = _rules.UnknownWeights;
        order.Sort((a, b) => weights[b].CompareTo(weights[a]) is var byWeight && byWeight != 0
            ? byWeight
            : Array.IndexOf(DecidingFirst, a).CompareTo(Array.IndexOf(DecidingFirst, b)));
        foreach (var f in DecidingFirst)
        {
            if (codes[f] != WorkProfile.Unknown)
            {
                order.Add(f);
            }
        }

        var listed = 0;
        foreach (var f in order)
        {
            var key = ProfileFields.All[f].Key;
            var first = true;
            foreach (var tip in tippingPoints)
            {
                if (tip.Factor != key || tip.NewRecommendation == Assessment.CloseCall)
                {
                    continue;
                }

                if (first)
                {
                    if (listed == 4)
                    {
                        text.Append('.');
                        return text.ToString();
                    }

                    text.Append(listed == 0 ? " Answers that would settle it: " : "; ");
                    text.Append(codes[f] == WorkProfile.Unknown ? "find out " : "check ").Append(key).Append(" (");
                    first = false;
                    listed++;
                }
                else
                {
                    text.Append(", ");
                }

                text.Append(AssessmentText.FormatValue(tip.To)).Append(" gives ").Append(tip.NewRecommendation);
            }

            if (!first)
            {
                text.Append(')');
            }
        }

        if (listed > 0)
        {
            text.Append('.');
        }

        return text.ToString();
    }

    /// <summary>Field indexes with the two deciding variables first.</summary>
    private static readonly int[] DecidingFirst =
    [
        ProfileFields.RequirementVolatility.Index, ProfileFields.LeadershipBandwidth.Index,
        .. ProfileFields.Answerable.Select(f => f.Index)
            .Where(i => i != ProfileFields.RequirementVolatility.Index && i != ProfileFields.LeadershipBandwidth.Index),
    ];
}
