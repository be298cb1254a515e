using System.Text.Json;
using Sourcewise.Comparison;

namespace Sourcewise.Reports.Json;

/// <summary>Writes the model comparison as JSON: <c>{ "models": [...], "dimensions": [ { "id", "name", "values": {
/// "&lt;model id&gt;": text } } ], "readingAcross": text }</c>.</summary>
/// <remarks>Thread-safe.</remarks>
public static class ModelComparisonJson
{
    /// <summary>Writes the comparison as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, ModelComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(comparison);
        writer.WriteStartObject();
        writer.WriteStartArray("models");
        foreach (var model in comparison.Models)
        {
            writer.WriteStartObject();
            writer.WriteString("id", model.Id);
            writer.WriteString("name", model.Name);
            writer.WriteString("summary", model.Summary);
            writer.WriteString("directs", model.Directs);
            writer.WriteString("owns", model.Owns);
            writer.WriteString("payFor", model.PayFor);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("dimensions");
        foreach (var dimension in comparison.Dimensions)
        {
            writer.WriteStartObject();
            writer.WriteString("id", dimension.Id);
            writer.WriteString("name", dimension.Name);
            writer.WriteStartObject("values");
            foreach (var model in EngagementModels.All)
            {
                writer.WriteString(model.ToId(), dimension[model]);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("readingAcross", comparison.ReadingAcross);
        writer.WriteEndObject();
    }
}
