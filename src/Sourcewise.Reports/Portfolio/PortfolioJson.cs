using System.Text.Encodings.Web;
using System.Text.Json;
using Sourcewise.Assessments;
using Sourcewise.Portfolio;
using Sourcewise.Reports.Json;

namespace Sourcewise.Reports.Portfolio;

/// <summary>JSON pieces of the portfolio document: one workstream, the summary, the findings.</summary>
/// <threadsafety>All members are thread-safe (each call uses only the writer it is given).</threadsafety>
public static partial class PortfolioJson
{
    private static readonly JsonEncodedText RowKey = JsonEncodedText.Encode("row");
    private static readonly JsonEncodedText NameKey = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText AssessmentKey = JsonEncodedText.Encode("assessment");

    /// <summary>Writer options for the portfolio document: compact, and non-ASCII text left readable.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>Writes one workstream: <c>{ "row": n, "name": ..., "assessment": { ...as assess... } }</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="row">The 1-based row.</param>
    /// <param name="assessment">The row's assessment (its name is the workstream's).</param>
    public static void WriteWorkstream(Utf8JsonWriter writer, int row, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(assessment);
        writer.WriteStartObject();
        writer.WriteNumber(RowKey, row);
        writer.WriteString(NameKey, assessment.Profile.Name);
        writer.WritePropertyName(AssessmentKey);
        AssessmentJson.Write(writer, assessment);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{ "staff-augmentation": n, ..., "close-call": n, "workstreams": n, "failedRows": n,
    /// "mistakes": { id: n } }</c>.</summary>
    public static void WriteSummary(Utf8JsonWriter writer, PortfolioSummary summary)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        writer.WriteStartObject();
        foreach (var (id, count) in summary.Counts())
        {
            writer.WriteNumber(id, count);
        }

        writer.WriteNumber("workstreams", summary.Assessed);
        writer.WriteNumber("failedRows", summary.Failed);
        writer.WriteStartObject("mistakes");
        foreach (var (id, count) in summary.Mistakes)
        {
            writer.WriteNumber(id, count);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Writes the findings array: <c>[ { "id", "severity", "message", "count", "rows": [ { "row", "name",
    /// "note" } ], "moreRows" } ]</c>.</summary>
    public static void WriteFindings(Utf8JsonWriter writer, IReadOnlyList<PortfolioFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(findings);
        writer.WriteStartArray();
        foreach (var finding in findings)
        {
            writer.WriteStartObject();
            writer.WriteString("id", finding.Id);
            writer.WriteString("severity", finding.Severity);
            writer.WriteString("message", finding.Message);
            writer.WriteNumber("count", finding.Count);
            writer.WriteStartArray("rows");
            foreach (var row in finding.Rows)
            {
                writer.WriteStartObject();
                writer.WriteNumber("row", row.Row);
                writer.WriteString("name", row.Name);
                if (row.Note is { } note)
                {
                    writer.WriteString("note", note);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("moreRows", finding.MoreRows);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
