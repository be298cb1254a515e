using System.Collections.Immutable;
using System.Text.Json;
using Sourcewise.Assessments;
using Sourcewise.Diagnostics;
using Sourcewise.Profiles;

namespace Sourcewise.Reports.Json;

public static partial class AssessmentJson
{
    /// <summary>Reads back an assessment that <see cref="Write(Utf8JsonWriter, Assessment)"/> wrote (a saved
    /// decision's), for the renderers and the decision record. Strict: the keys of the public interface plus
    /// <c>confidence</c> and <c>confidenceLevel</c> are required and typed; <c>closeCallThreshold</c>,
    /// <c>closeCallAdvice</c>, each mistake's <c>why</c> and <c>unknowns</c> may be missing. Never throws for bad
    /// input: each problem is a diagnostic naming its field.</summary>
    /// <param name="json">The assessment JSON object.</param>
    /// <param name="profile">The profile that was assessed (the JSON does not hold it).</param>
    /// <param name="source">A name for messages.</param>
    /// <remarks>A mistake's <see cref="Mistake.Model"/> is not in the JSON; it reads back as <c>null</c>.</remarks>
    public static Result<Assessment> Read(string json, WorkProfile profile, string source = "assessment")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            return Result<Assessment>.Fail(Diagnostic.Error("malformed-json", $"not valid JSON: {e.Message}", new SourceLocation(source)));
        }

        using (document)
        {
            var reader = new Reader(source);
            var assessment = reader.Read(document.RootElement, profile);
            return assessment is not null && reader.Errors.Count == 0
                ? Result<Assessment>.Ok(assessment)
                : Result<Assessment>.Fail(reader.Errors.Count > 0
                    ? reader.Errors
                    : [Diagnostic.Error("invalid-assessment", "is not an assessment", new SourceLocation(source))]);
        }
    }

    private sealed class Reader(string source)
    {
        public List<Diagnostic> Errors { get; } = [];

        public Assessment? Read(JsonElement root, WorkProfile profile)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error("", "expects an object");
                return null;
            }

            var name = Text(root, "name");
            var recommendation = Text(root, "recommendation");
            if (recommendation is not null && recommendation != Assessment.CloseCall && !EngagementModels.TryParse(recommendation, out _))
            {
                Error("recommendation", $"unknown recommendation '{recommendation}'");
            }

            var bestFit = Model(root, "bestFit");
            var runnerUp = Model(root, "runnerUp");
            var margin = Number(root, "margin");
            var threshold = root.TryGetProperty("closeCallThreshold", out _) ? Number(root, "closeCallThreshold") : RuleSet.Default.CloseCallThreshold;
            var advice = root.TryGetProperty("closeCallAdvice", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
            ModelScores? scores = null;
            if (Property(root, "scores", JsonValueKind.Object) is { } s)
            {
                double[] values = [.. EngagementModels.Ids.Select(id => Number(s, id, "scores.") ?? 0)];
                scores = new ModelScores(values[0], values[1], values[2]);
            }

            var contributions = Items(root, "contributions", (c, path) =>
                Text(c, "factor", path) is { } factor && Model(c, "model", path) is { } model && Number(c, "points", path) is { } points
                && Text(c, "reason", path) is { } reason
                    ? new Contribution(factor, model, points, reason)
                    : null);
            var tips = Items(root, "tippingPoints", (t, path) =>
                Text(t, "factor", path) is { } factor && Value(t, "from", path, out var from) && Value(t, "to", path, out var to)
                && to is not null && Text(t, "newRecommendation", path) is { } next
                    ? new TippingPoint(factor, from, to, next)
                    : null);
            var mistakes = Items(root, "mistakes", (m, path) =>
            {
                var id = Text(m, "id", path);
                var severity = Text(m, "severity", path);
                var message = Text(m, "message", path);
                if (severity is not null and not ("warning" or "error"))
                {
                    Error(path + "severity", $"unknown severity '{severity}'");
                    return null;
                }

                var why = m.TryGetProperty("why", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString()! : "";
                return id is null || severity is null || message is null
                    ? null
                    : new Mistake(id, severity == "error" ? MistakeSeverity.Error : MistakeSeverity.Warning, message, why, null);
            });
            var guidance = Text(root, "stageGuidance");
            var confidence = Number(root, "confidence");
            var level = Text(root, "confidenceLevel") switch
            {
                "low" => ConfidenceLevel.Low,
                "medium" => ConfidenceLevel.Medium,
                "high" => ConfidenceLevel.High,
                null => (ConfidenceLevel?)null,
                var other => Unknown("confidenceLevel", other),
            };
            var unknowns = root.TryGetProperty("unknowns", out _)
                ? Items(root, "unknowns", (u, path) =>
                    Text(u, "factor", path) is { } factor && Text(u, "question", path) is { } question
                        ? new UnknownAnswer(factor, question,
                            u.TryGetProperty("why", out var why) && why.ValueKind == JsonValueKind.String ? why.GetString()! : "",
                            u.TryGetProperty("couldChangeRecommendation", out var could) && could.ValueKind == JsonValueKind.True)
                        : null)
                : [];

            if (Errors.Count > 0 || name is null || recommendation is null || bestFit is null || runnerUp is null
                || margin is null || threshold is null || scores is null || guidance is null || confidence is null || level is null)
            {
                return null;
            }

            return new Assessment
            {
                Name = name,
                Profile = profile,
                Recommendation = recommendation,
                BestFit = bestFit.Value,
                RunnerUp = runnerUp.Value,
                Margin = margin.Value,
                CloseCallThreshold = threshold.Value,
                CloseCallAdvice = advice,
                Scores = scores.Value,
                Contributions = contributions,
                TippingPoints = tips,
                Mistakes = mistakes,
                StageGuidance = guidance,
                Confidence = confidence.Value,
                ConfidenceLevel = level.Value,
                Unknowns = unknowns,
            };
        }

        private ConfidenceLevel? Unknown(string field, string value)
        {
            Error(field, $"unknown value '{value}'; accepted: low, medium, high");
            return null;
        }

        private ImmutableArray<T> Items<T>(JsonElement parent, string key, Func<JsonElement, string, T?> read)
            where T : class
        {
            if (Property(parent, key, JsonValueKind.Array) is not { } array)
            {
                return [];
            }

            var items = ImmutableArray.CreateBuilder<T>();
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                var path = $"{key}[{i++}].";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    Error(path.TrimEnd('.'), "expects an object");
                    continue;
                }

                if (read(item, path) is { } value)
                {
                    items.Add(value);
                }
            }

            return items.ToImmutable();
        }

        private JsonElement? Property(JsonElement parent, string key, JsonValueKind kind, string path = "")
        {
            if (!parent.TryGetProperty(key, out var value))
            {
                Error(path + key, "is required");
                return null;
            }

            if (value.ValueKind != kind)
            {
                Error(path + key, $"expects {(kind == JsonValueKind.Array ? "a list" : kind == JsonValueKind.Object ? "an object" : kind == JsonValueKind.Number ? "a number" : "text")}");
                return null;
            }

            return value;
        }

        private string? Text(JsonElement parent, string key, string path = "") =>
            Property(parent, key, JsonValueKind.String, path)?.GetString();

        private double? Number(JsonElement parent, string key, string path = "") =>
            Property(parent, key, JsonValueKind.Number, path)?.GetDouble();

        private EngagementModel? Model(JsonElement parent, string key, string path = "")
        {
            var id = Text(parent, key, path);
            if (id is null)
            {
                return null;
            }

            if (EngagementModels.TryParse(id, out var model) && model.Value.ToId() == id)
            {
                return model;
            }

            Error(path + key, $"unknown model '{id}'");
            return null;
        }

        /// <summary>A profile value: text, a boolean, a whole number, or null.</summary>
        private bool Value(JsonElement parent, string key, string path, out object? value)
        {
            value = null;
            if (!parent.TryGetProperty(key, out var element))
            {
                Error(path + key, "is required");
                return false;
            }

            switch (element.ValueKind)
            {
                case JsonValueKind.Null:
                    return true;
                case JsonValueKind.String:
                    value = element.GetString();
                    return true;
                case JsonValueKind.True or JsonValueKind.False:
                    value = element.GetBoolean();
                    return true;
                case JsonValueKind.Number when element.TryGetInt32(out var number):
                    value = number;
                    return true;
                default:
                    Error(path + key, "expects text, a boolean, a whole number or null");
                    return false;
            }
        }

        private void Error(string field, string message) =>
            Errors.Add(Diagnostic.Error("invalid-assessment", message, new SourceLocation(source, Field: field.Length == 0 ? null : field)));
    }
}
