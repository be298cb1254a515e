using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Sourcewise.Web.Assessments;

/// <summary>The assessment JSON read back into what the pages show and the decision document needs. Lenient: a
/// missing key gives an empty value, never an exception.</summary>
internal sealed record AssessmentView(
    string Name,
    string Recommendation,
    string BestFit,
    string RunnerUp,
    double Margin,
    ImmutableArray<(string Model, double Score)> Scores,
    ImmutableArray<AssessmentView.Contribution> Contributions,
    ImmutableArray<AssessmentView.TippingPoint> TippingPoints,
    ImmutableArray<AssessmentView.Mistake> Mistakes,
    string? StageGuidance,
    string? Confidence,
    ImmutableArray<AssessmentView.Unknown> Unknowns)
{
    public sealed record Unknown(string Factor, string Question, string Why, bool CouldChangeRecommendation);

    public sealed record Contribution(string Factor, string Model, double Points, string Reason);

    public sealed record TippingPoint(string Factor, JsonElement From, JsonElement To, string NewRecommendation);

    public sealed record Mistake(string Id, string Severity, string Message);

    public bool IsCloseCall => Recommendation == "close-call";

    public static AssessmentView From(JsonElement root) => new(
        Text(root, "name"),
        Text(root, "recommendation"),
        Text(root, "bestFit"),
        Text(root, "runnerUp"),
        Number(root, "margin"),
        root.TryGetProperty("scores", out var scores) && scores.ValueKind == JsonValueKind.Object
            ? [.. scores.EnumerateObject().Select(p => (p.Name, p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDouble() : 0))]
            : [],
        [.. Items(root, "contributions").Select(c => new Contribution(Text(c, "factor"), Text(c, "model"), Number(c, "points"), Text(c, "reason")))],
        [.. Items(root, "tippingPoints").Select(t => new TippingPoint(Text(t, "factor"), Value(t, "from"), Value(t, "to"), Text(t, "newRecommendation")))],
        [.. Items(root, "mistakes").Select(m => new Mistake(Text(m, "id"), Text(m, "severity"), Text(m, "message")))],
        root.TryGetProperty("stageGuidance", out var guidance) && guidance.ValueKind == JsonValueKind.String ? guidance.GetString() : null,
        ConfidenceText(root),
        [.. Items(root, "unknowns").Select(u => u.ValueKind == JsonValueKind.String
            ? new Unknown(u.GetString()!, "", "", false)
            : new Unknown(Text(u, "factor"), Text(u, "question"), Text(u, "why"), u.TryGetProperty("couldChangeRecommendation", out var c) && c.ValueKind == JsonValueKind.True))]);

    private static string? ConfidenceText(JsonElement root)
    {
        var level = Text(root, "confidenceLevel");
        if (root.TryGetProperty("confidence", out var confidence))
        {
            if (confidence.ValueKind == JsonValueKind.String)
            {
                return confidence.GetString();
            }

            if (confidence.ValueKind == JsonValueKind.Number)
            {
                var percent = (confidence.GetDouble() * 100).ToString("0", CultureInfo.InvariantCulture);
                return level.Length > 0 ? $"{level} ({percent}%)" : $"{percent}%";
            }
        }

        return level.Length > 0 ? level : null;
    }

    /// <summary>A JSON value as a profile would hold it, for display (<c>high</c>, <c>true</c>, <c>12</c>, <c>unknown</c>).</summary>
    public static string Display(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        _ => "unknown",
    };

    private static IEnumerable<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private static string Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : ""
            : "";

    private static double Number(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String
              && double.TryParse(text.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;

    private static JsonElement Value(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.Clone() : default;
}
