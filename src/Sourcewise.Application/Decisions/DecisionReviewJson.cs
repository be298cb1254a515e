using System.Globalization;
using System.Text.Json;
using Sourcewise.Decisions;

namespace Sourcewise.Application.Decisions;

/// <summary>Writes a decision review as the JSON of the public interface: <c>id</c>, <c>status</c>,
/// <c>chosenModel</c>, <c>reasons</c> (<c>kind</c>, <c>message</c>, <c>month</c>?, <c>factor</c>?, <c>from</c>?,
/// <c>to</c>?), <c>months</c> (<c>month</c>, <c>spend</c>, <c>cumulative</c>, <c>band</c>), <c>history</c> (<c>at</c>,
/// <c>change</c>, <c>recommendation</c>); plus <c>title</c>, <c>start</c>, <c>reviewBy</c>.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class DecisionReviewJson
{
    /// <summary>One review as a JSON document.</summary>
    public static byte[] Write(ReviewedDecision reviewed)
    {
        ArgumentNullException.ThrowIfNull(reviewed);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, reviewed);
        }

        return buffer.ToArray();
    }

    /// <summary>Reviews as a JSON array.</summary>
    public static byte[] WriteList(IEnumerable<ReviewedDecision> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var reviewed in reviews)
            {
                Write(writer, reviewed);
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    /// <summary>Writes one review object.</summary>
    public static void Write(Utf8JsonWriter writer, ReviewedDecision reviewed)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(reviewed);
        var review = reviewed.Review;
        writer.WriteStartObject();
        writer.WriteString("id", review.Id);
        writer.WriteString("title", reviewed.Decision.Title);
        writer.WriteString("status", review.Status.ToId());
        writer.WriteString("chosenModel", review.ChosenModel.ToId());
        writer.WriteString("start", DecisionReviews.Assumptions(reviewed.Decision).Start.ToString());
        writer.WriteString("reviewBy", reviewed.Decision.ReviewBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteStartArray("reasons");
        foreach (var reason in review.Reasons)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", reason.Kind.ToId());
            writer.WriteString("status", reason.Status.ToId());
            writer.WriteString("message", reason.Message);
            if (reason.Month is { } month)
            {
                writer.WriteString("month", month.ToString());
            }

            if (reason.Factor is { } factor)
            {
                writer.WriteString("factor", factor);
                writer.WritePropertyName("from");
                WriteValue(writer, reason.From);
                writer.WritePropertyName("to");
                WriteValue(writer, reason.To);
            }

            if (reason.Amount is { } amount)
            {
                writer.WriteNumber("amount", Math.Round(amount, 2));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("months");
        foreach (var month in review.Months)
        {
            var actual = month.Actual;
            writer.WriteStartObject();
            writer.WriteString("month", actual.Month.ToString());
            writer.WriteNumber("spend", actual.Spend);
            writer.WriteNumber("cumulative", Math.Round(month.Cumulative, 2));
            if (month.Band is { } band)
            {
                writer.WriteStartObject("band");
                writer.WriteNumber("p10", band.P10);
                writer.WriteNumber("p50", band.P50);
                writer.WriteNumber("p90", band.P90);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("band");
            }

            Optional(writer, "headcount", actual.Headcount);
            Optional(writer, "changeRequests", actual.ChangeRequests);
            Optional(writer, "slaBreaches", actual.SlaBreaches);
            Optional(writer, "attrition", actual.Attrition);
            if (actual.Note is { } note)
            {
                writer.WriteString("note", note);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("history");
        foreach (var entry in review.History)
        {
            writer.WriteStartObject();
            writer.WriteString("at", entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            writer.WriteString("change", entry.Change);
            writer.WriteString("recommendation", entry.Recommendation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
