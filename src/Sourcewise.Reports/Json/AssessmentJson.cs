using System.Text.Json;
using Sourcewise.Assessments;
using Sourcewise.Profiles;

namespace Sourcewise.Reports.Json;

/// <summary>Writes an <see cref="Assessment"/> as the JSON object of the public interface (camelCase), plus extra
/// fields: <c>closeCall</c>, <c>closeCallThreshold</c>, <c>closeCallAdvice</c>, <c>confidence</c>,
/// <c>confidenceLevel</c>, <c>unknowns</c>, <c>considering</c>, and <c>why</c> on each mistake.</summary>
/// <remarks>Thread-safe. Property names are pre-encoded, so writing allocates nothing beyond what the writer does.
/// <see cref="Read(string, WorkProfile, string)"/> reads the JSON back.</remarks>
public static partial class AssessmentJson
{
    private static readonly JsonEncodedText NameKey = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText RecommendationKey = JsonEncodedText.Encode("recommendation");
    private static readonly JsonEncodedText BestFitKey = JsonEncodedText.Encode("bestFit");
    private static readonly JsonEncodedText RunnerUpKey = JsonEncodedText.Encode("runnerUp");
    private static readonly JsonEncodedText MarginKey = JsonEncodedText.Encode("margin");
    private static readonly JsonEncodedText CloseCallKey = JsonEncodedText.Encode("closeCall");
    private static readonly JsonEncodedText CloseCallThresholdKey = JsonEncodedText.Encode("closeCallThreshold");
    private static readonly JsonEncodedText CloseCallAdviceKey = JsonEncodedText.Encode("closeCallAdvice");
    private static readonly JsonEncodedText ScoresKey = JsonEncodedText.Encode("scores");
    private static readonly JsonEncodedText ContributionsKey = JsonEncodedText.Encode("contributions");
    private static readonly JsonEncodedText FactorKey = JsonEncodedText.Encode("factor");
    private static readonly JsonEncodedText ModelKey = JsonEncodedText.Encode("model");
    private static readonly JsonEncodedText PointsKey = JsonEncodedText.Encode("points");
    private static readonly JsonEncodedText ReasonKey = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText TippingPointsKey = JsonEncodedText.Encode("tippingPoints");
    private static readonly JsonEncodedText FromKey = JsonEncodedText.Encode("from");
    private static readonly JsonEncodedText ToKey = JsonEncodedText.Encode("to");
    private static readonly JsonEncodedText NewRecommendationKey = JsonEncodedText.Encode("newRecommendation");
    private static readonly JsonEncodedText MistakesKey = JsonEncodedText.Encode("mistakes");
    private static readonly JsonEncodedText IdKey = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText SeverityKey = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText MessageKey = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText WhyKey = JsonEncodedText.Encode("why");
    private static readonly JsonEncodedText StageGuidanceKey = JsonEncodedText.Encode("stageGuidance");
    private static readonly JsonEncodedText ConfidenceKey = JsonEncodedText.Encode("confidence");
    private static readonly JsonEncodedText ConfidenceLevelKey = JsonEncodedText.Encode("confidenceLevel");
    private static readonly JsonEncodedText UnknownsKey = JsonEncodedText.Encode("unknowns");
    private static readonly JsonEncodedText QuestionKey = JsonEncodedText.Encode("question");
    private static readonly JsonEncodedText CouldChangeKey = JsonEncodedText.Encode("couldChangeRecommendation");
    private static readonly JsonEncodedText ConsideringKey = JsonEncodedText.Encode("considering");
    private static readonly JsonEncodedText[] ModelIds =
    [
        JsonEncodedText.Encode(EngagementModels.StaffAugmentationId),
        JsonEncodedText.Encode(EngagementModels.ProjectOutsourcingId),
        JsonEncodedText.Encode(EngagementModels.ManagedServicesId),
    ];

    private static readonly JsonEncodedText CloseCallValue = JsonEncodedText.Encode(Assessment.CloseCall);
    private static readonly JsonEncodedText[] Levels =
        [JsonEncodedText.Encode("low"), JsonEncodedText.Encode("medium"), JsonEncodedText.Encode("high")];

    private static readonly JsonEncodedText Warning = JsonEncodedText.Encode("warning");
    private static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");

    private static readonly RawJsonCache<Contribution> ContributionCache = new(static (writer, contribution) =>
    {
        writer.WriteStartObject();
        writer.WriteString(FactorKey, contribution.Factor);
        writer.WriteString(ModelKey, ModelIds[(int)contribution.Model]);
        writer.WriteNumber(PointsKey, contribution.Points);
        writer.WriteString(ReasonKey, contribution.Reason);
        writer.WriteEndObject();
    });

    private static readonly RawJsonCache<Mistake> MistakeCache = new(static (writer, mistake) =>
    {
        writer.WriteStartObject();
        writer.WriteString(IdKey, mistake.Id);
        writer.WriteString(SeverityKey, mistake.Severity == MistakeSeverity.Error ? Error : Warning);
        writer.WriteString(MessageKey, mistake.Message);
        writer.WriteString(WhyKey, mistake.Why);
        writer.WriteEndObject();
    });

    private static readonly RawJsonCache<UnknownAnswer> UnknownCache = new(static (writer, unknown) =>
    {
        writer.WriteStartObject();
        writer.WriteString(FactorKey, unknown.Factor);
        writer.WriteString(QuestionKey, unknown.Question);
        writer.WriteString(WhyKey, unknown.Why);
        writer.WriteBoolean(CouldChangeKey, unknown.CouldChangeRecommendation);
        writer.WriteEndObject();
    });

    /// <summary>Writes the assessment as one JSON object.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(assessment);
        writer.WriteStartObject();
        writer.WriteString(NameKey, assessment.Name);
        writer.WriteString(RecommendationKey, RecommendationText(assessment.Recommendation));
        writer.WriteString(BestFitKey, ModelIds[(int)assessment.BestFit]);
        writer.WriteString(RunnerUpKey, ModelIds[(int)assessment.RunnerUp]);
        writer.WriteNumber(MarginKey, assessment.Margin);
        writer.WriteBoolean(CloseCallKey, assessment.IsCloseCall);
        writer.WriteNumber(CloseCallThresholdKey, assessment.CloseCallThreshold);
        if (assessment.CloseCallAdvice is { } advice)
        {
            writer.WriteString(CloseCallAdviceKey, advice);
        }

        writer.WriteStartObject(ScoresKey);
        writer.WriteNumber(ModelIds[0], assessment.Scores.StaffAugmentation);
        writer.WriteNumber(ModelIds[1], assessment.Scores.ProjectOutsourcing);
        writer.WriteNumber(ModelIds[2], assessment.Scores.ManagedServices);
        writer.WriteEndObject();

        writer.WriteStartArray(ContributionsKey);
        foreach (var contribution in assessment.Contributions)
        {
            ContributionCache.Write(writer, contribution);
        }

        writer.WriteEndArray();

        writer.WriteStartArray(TippingPointsKey);
        foreach (var tip in assessment.TippingPoints)
        {
            writer.WriteStartObject();
            EncodedTextCache.WriteString(writer, FactorKey, tip.Factor);
            writer.WritePropertyName(FromKey);
            WriteValue(writer, tip.From);
            writer.WritePropertyName(ToKey);
            WriteValue(writer, tip.To);
            writer.WriteString(NewRecommendationKey, RecommendationText(tip.NewRecommendation));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray(MistakesKey);
        foreach (var mistake in assessment.Mistakes)
        {
            MistakeCache.Write(writer, mistake);
        }

        writer.WriteEndArray();
        EncodedTextCache.WriteString(writer, StageGuidanceKey, assessment.StageGuidance);
        writer.WriteNumber(ConfidenceKey, assessment.Confidence);
        writer.WriteString(ConfidenceLevelKey, Levels[(int)assessment.ConfidenceLevel]);

        writer.WriteStartArray(UnknownsKey);
        foreach (var unknown in assessment.Unknowns)
        {
            UnknownCache.Write(writer, unknown);
        }

        writer.WriteEndArray();
        if (assessment.Considering is { } considering)
        {
            writer.WriteString(ConsideringKey, ModelIds[(int)considering]);
        }
        else
        {
            writer.WriteNull(ConsideringKey);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the assessment to a stream as an indented or compact JSON document.</summary>
    public static void Write(Stream stream, Assessment assessment, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        Write(writer, assessment);
    }

    /// <summary>Returns the assessment as a JSON string.</summary>
    public static string ToJson(Assessment assessment, bool indented = true)
    {
        using var buffer = new MemoryStream();
        Write(buffer, assessment, indented);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static JsonEncodedText RecommendationText(string recommendation) => recommendation switch
    {
        EngagementModels.StaffAugmentationId => ModelIds[0],
        EngagementModels.ProjectOutsourcingId => ModelIds[1],
        EngagementModels.ManagedServicesId => ModelIds[2],
        _ => CloseCallValue,
    };

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
                writer.WriteStringValue(value.ToString());
                break;
        }
    }
}
