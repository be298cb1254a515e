using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using Sourcewise.Assessments;
using Sourcewise.Reports.Json;

namespace Sourcewise.Reports.Portfolio;

/// <summary>Writes exactly the bytes <see cref="AssessmentJson.Write(Utf8JsonWriter, Assessment)"/> writes (with
/// <see cref="PortfolioJson.WriterOptions"/>), several times faster over many rows: the engine shares its
/// <see cref="Contribution"/> and <see cref="UnknownAnswer"/> objects between assessments, so each one is encoded
/// once and then copied. A test checks the output stays byte-identical to <see cref="AssessmentJson"/>.</summary>
/// <remarks>Thread-safe. The caches hold at most <see cref="MaxCached"/> objects each; past that, objects are encoded
/// every time (so an engine that made new objects per row would not grow memory).</remarks>
public static class PortfolioAssessmentJson
{
    /// <summary>Largest number of distinct objects each cache keeps.</summary>
    public const int MaxCached = 16_384;

    private static readonly ConcurrentDictionary<object, byte[]> Fragments = new(ReferenceEqualityComparer.Instance);
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
    private static readonly JsonEncodedText CloseCallValue = JsonEncodedText.Encode("close-call");
    private static readonly JsonEncodedText Warning = JsonEncodedText.Encode("warning");
    private static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText[] ModelIds =
    [
        JsonEncodedText.Encode(EngagementModels.StaffAugmentationId),
        JsonEncodedText.Encode(EngagementModels.ProjectOutsourcingId),
        JsonEncodedText.Encode(EngagementModels.ManagedServicesId),
    ];

    private static readonly JsonEncodedText[] Levels =
        [JsonEncodedText.Encode("low"), JsonEncodedText.Encode("medium"), JsonEncodedText.Encode("high")];

    /// <summary>Writes the assessment object. The writer must use <see cref="PortfolioJson.WriterOptions"/>.</summary>
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
            writer.WriteRawValue(Fragment(contribution), skipInputValidation: true);
        }

        writer.WriteEndArray();

        writer.WriteStartArray(TippingPointsKey);
        foreach (var tip in assessment.TippingPoints)
        {
            writer.WriteStartObject();
            writer.WriteString(FactorKey, tip.Factor);
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
            writer.WriteStartObject();
            writer.WriteString(IdKey, mistake.Id);
            writer.WriteString(SeverityKey, mistake.Severity == MistakeSeverity.Error ? Error : Warning);
            writer.WriteString(MessageKey, mistake.Message);
            writer.WriteString(WhyKey, mistake.Why);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString(StageGuidanceKey, assessment.StageGuidance);
        writer.WriteNumber(ConfidenceKey, assessment.Confidence);
        writer.WriteString(ConfidenceLevelKey, Levels[(int)assessment.ConfidenceLevel]);

        writer.WriteStartArray(UnknownsKey);
        foreach (var unknown in assessment.Unknowns)
        {
            writer.WriteRawValue(Fragment(unknown), skipInputValidation: true);
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

    private static byte[] Fragment(object item)
    {
        if (Fragments.TryGetValue(item, out var bytes))
        {
            return bytes;
        }

        bytes = Encode(item);
        if (Fragments.Count < MaxCached)
        {
            Fragments.TryAdd(item, bytes);
        }

        return bytes;
    }

    private static byte[] Encode(object item)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, PortfolioJson.WriterOptions))
        {
            writer.WriteStartObject();
            switch (item)
            {
                case Contribution c:
                    writer.WriteString(FactorKey, c.Factor);
                    writer.WriteString(ModelKey, ModelIds[(int)c.Model]);
                    writer.WriteNumber(PointsKey, c.Points);
                    writer.WriteString(ReasonKey, c.Reason);
                    break;
                case UnknownAnswer u:
                    writer.WriteString(FactorKey, u.Factor);
                    writer.WriteString(QuestionKey, u.Question);
                    writer.WriteString(WhyKey, u.Why);
                    writer.WriteBoolean(CouldChangeKey, u.CouldChangeRecommendation);
                    break;
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
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
