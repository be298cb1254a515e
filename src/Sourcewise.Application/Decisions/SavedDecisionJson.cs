using System.Globalization;
using System.Text.Json;

namespace Sourcewise.Application.Decisions;

/// <summary>Writes saved decisions as JSON: <c>id</c>, <c>title</c>, <c>status</c>, <c>createdAt</c>,
/// <c>reviewBy</c>, <c>overdue</c>, <c>profile</c>, <c>costScenario</c>, <c>assessment</c>, <c>chosenModel</c>,
/// <c>recommendation</c>, <c>chosenAgainstRecommendation</c>, <c>start</c>, <c>frozenCost</c>? (seed, trials,
/// currency) and <c>contractCheck</c>? when one was attached.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class SavedDecisionJson
{
    /// <summary>One decision as a JSON document.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="today">Today's date, for <c>overdue</c>.</param>
    public static byte[] Write(SavedDecision decision, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(decision);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, decision, today);
        }

        return buffer.ToArray();
    }

    /// <summary>Decisions as a JSON array.</summary>
    /// <param name="decisions">The decisions, in the order to list them.</param>
    /// <param name="today">Today's date, for <c>overdue</c>.</param>
    /// <param name="reviews">Reviews by decision id, written under <c>review</c>, or <c>null</c>.</param>
    public static byte[] WriteList(IEnumerable<SavedDecision> decisions, DateOnly today,
        IReadOnlyDictionary<string, ReviewedDecision>? reviews = null)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var decision in decisions)
            {
                Write(writer, decision, today, reviews?.GetValueOrDefault(decision.Id));
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, SavedDecision decision, DateOnly today, ReviewedDecision? review = null)
    {
        writer.WriteStartObject();
        writer.WriteString("id", decision.Id);
        writer.WriteString("title", decision.Title);
        writer.WriteString("status", decision.Status);
        writer.WriteString("createdAt", decision.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        writer.WriteString("reviewBy", decision.ReviewBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteBoolean("overdue", decision.ReviewBy < today);
        writer.WritePropertyName("profile");
        writer.WriteRawValue(decision.ProfileJson, skipInputValidation: false);
        writer.WritePropertyName("costScenario");
        if (decision.CostScenarioJson is { } cost)
        {
            writer.WriteRawValue(cost, skipInputValidation: false);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WritePropertyName("assessment");
        writer.WriteRawValue(decision.AssessmentJson, skipInputValidation: false);
        var frozen = DecisionReviews.Assumptions(decision);
        writer.WriteString("chosenModel", frozen.Chosen.ToId());
        writer.WriteString("recommendation", frozen.Recommendation);
        writer.WriteBoolean("chosenAgainstRecommendation", frozen.ChosenAgainstRecommendation);
        writer.WriteString("start", frozen.Start.ToString());
        if (frozen.Cost is { } frozenCost)
        {
            writer.WriteStartObject("frozenCost");
            writer.WriteNumber("seed", frozenCost.Seed);
            writer.WriteNumber("trials", frozenCost.Trials);
            writer.WriteString("currency", frozenCost.Currency);
            writer.WriteEndObject();
        }

        if (decision.ContractCheckJson is { } check)
        {
            writer.WritePropertyName("contractCheck");
            writer.WriteRawValue(check, skipInputValidation: false);
        }

        if (review is not null)
        {
            writer.WritePropertyName("review");
            DecisionReviewJson.Write(writer, review);
        }

        writer.WriteEndObject();
    }
}
