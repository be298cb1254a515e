using System.Globalization;
using System.Text.Json;
using Sourcewise.Web.Storage;

namespace Sourcewise.Web.Decisions;

/// <summary>Writes a saved decision as JSON: <c>id</c>, <c>title</c>, <c>status</c>, <c>createdAt</c>,
/// <c>reviewBy</c>, <c>overdue</c>, <c>profile</c>, <c>costScenario</c>, <c>assessment</c>.</summary>
internal static class DecisionJson
{
    public static byte[] Write(DecisionEntity decision, DateOnly today)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, decision, today);
        }

        return buffer.ToArray();
    }

    public static byte[] WriteList(IEnumerable<DecisionEntity> decisions, DateOnly today)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var decision in decisions)
            {
                Write(writer, decision, today);
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, DecisionEntity decision, DateOnly today)
    {
        writer.WriteStartObject();
        writer.WriteString("id", decision.Id);
        writer.WriteString("title", decision.Title);
        writer.WriteString("status", decision.Status);
        writer.WriteString("createdAt", DateTime.SpecifyKind(decision.CreatedAt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
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
        writer.WriteEndObject();
    }
}
