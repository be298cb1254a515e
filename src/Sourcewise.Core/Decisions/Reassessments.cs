using Sourcewise.Assessments;
using Sourcewise.Profiles;

namespace Sourcewise.Decisions;

/// <summary>Assesses a decision again with its current answers and finds the answer that flipped it.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class Reassessments
{
    /// <summary>The answers that differ between two profiles, in profile order (the name is not an answer).</summary>
    public static IReadOnlyList<AnswerChange> Changes(WorkProfile original, WorkProfile current)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(current);
        var changes = new List<AnswerChange>();
        foreach (var field in ProfileFields.Answerable)
        {
            if (original[field] != current[field])
            {
                changes.Add(new AnswerChange(field.Key, original.GetJsonValue(field), current.GetJsonValue(field)));
            }
        }

        return changes;
    }

    /// <summary>Assesses <paramref name="current"/> and compares it with <paramref name="originalRecommendation"/>. The
    /// fired answer is the first changed one that on its own, applied to <paramref name="original"/>, gives the new
    /// recommendation; failing that, the first changed answer.</summary>
    /// <param name="engine">The assessment engine.</param>
    /// <param name="original">The profile the decision was made on.</param>
    /// <param name="originalRecommendation">What was recommended then (as stored, not re-computed: the rules may have changed since).</param>
    /// <param name="current">The profile with the current answers.</param>
    /// <param name="cancellationToken">Cancels the assessments.</param>
    public static Reassessment Reassess(AssessmentEngine engine, WorkProfile original, string originalRecommendation,
        WorkProfile current, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Reassess(p => engine.Assess(p, cancellationToken).Recommendation, original, originalRecommendation, current);
    }

    /// <summary>As <see cref="Reassess(AssessmentEngine, WorkProfile, string, WorkProfile, CancellationToken)"/>, with
    /// any assessor: <paramref name="recommend"/> gives a profile's recommendation (a model id or <c>close-call</c>).</summary>
    /// <param name="recommend">Assesses a profile.</param>
    /// <param name="original">The profile the decision was made on.</param>
    /// <param name="originalRecommendation">What was recommended then.</param>
    /// <param name="current">The profile with the current answers.</param>
    public static Reassessment Reassess(Func<WorkProfile, string> recommend, WorkProfile original, string originalRecommendation,
        WorkProfile current)
    {
        ArgumentNullException.ThrowIfNull(recommend);
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(current);
        var now = recommend(current);
        var changes = Changes(original, current);
        AnswerChange? fired = null;
        if (!string.Equals(now, originalRecommendation, StringComparison.Ordinal))
        {
            foreach (var change in changes)
            {
                var field = ProfileFields.Answerable.First(f => f.Key == change.Factor);
                if (recommend(original.With(field, current[field])) == now)
                {
                    fired = change;
                    break;
                }
            }
        }

        fired ??= changes.Count > 0 ? changes[0] : null;
        return new Reassessment(originalRecommendation, now, changes, fired);
    }
}
