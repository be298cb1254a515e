using System.Text.Encodings.Web;
using System.Text.Json;
using Sourcewise.Signals;

namespace Sourcewise.Reports.Checks;

/// <summary>Writes proposal-check results as the public check JSON (see INTERFACES.md).</summary>
public static class CheckJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One check as a JSON document.</summary>
    public static string Write(ContractCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            WriteCheck(writer, check);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A batch: <c>{ "documents": [...], "summary": ..., "errors": [...] }</c>.</summary>
    public static string WriteBatch(IReadOnlyList<ContractCheck> checks, IReadOnlyList<(string Document, string Error)> errors)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(errors);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("documents");
            foreach (var check in checks)
            {
                WriteCheck(writer, check);
            }

            writer.WriteEndArray();
            var summary = CheckSummary.From(checks, errors.Count);
            writer.WriteStartObject("summary");
            writer.WriteNumber("documents", summary.Documents);
            writer.WriteNumber("checked", summary.Checked);
            writer.WriteNumber("failed", summary.Failed);
            writer.WriteNumber("mismatches", summary.Mismatches);
            writer.WriteStartObject("actualModels");
            foreach (var (model, count) in summary.ActualModels)
            {
                writer.WriteNumber(model, count);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("findings");
            foreach (var (id, count) in summary.Findings)
            {
                writer.WriteNumber(id, count);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartArray("errors");
            foreach (var (document, error) in errors)
            {
                writer.WriteStartObject();
                writer.WriteString("document", document);
                writer.WriteString("message", error);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes one check object.</summary>
    public static void WriteCheck(Utf8JsonWriter writer, ContractCheck check)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(check);
        writer.WriteStartObject();
        writer.WriteString("document", check.Document);
        if (check.Claim is { } claim)
        {
            writer.WriteString("claimedModel", claim.Model.ToId());
        }
        else
        {
            writer.WriteNull("claimedModel");
        }

        writer.WriteString("actualModel", check.Classification.ActualModelId);
        writer.WriteStartObject("scores");
        foreach (var model in EngagementModels.All)
        {
            writer.WriteNumber(model.ToId(), check.Classification.Scores.GetValueOrDefault(model));
        }

        writer.WriteEndObject();
        writer.WriteStartArray("signals");
        var present = check.Signals.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var signal in check.Signals)
        {
            writer.WriteStartObject();
            writer.WriteString("id", signal.Id);
            var towards = ContractClassifier.TowardsGiven(signal.Definition, present);
            if (towards.IsDefaultOrEmpty)
            {
                writer.WriteNull("towards");
            }
            else
            {
                writer.WriteString("towards", towards[0].Model.ToId());
            }

            writer.WriteString("strength", StrengthId(signal.Definition.Strength));
            writer.WriteString("dimension", signal.Definition.Dimension);
            writer.WriteNumber("occurrences", signal.Occurrences);
            WriteEvidence(writer, signal.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("findings");
        foreach (var finding in check.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("id", finding.Id);
            writer.WriteString("severity", SeverityId(finding.Severity));
            writer.WriteString("message", finding.Message);
            writer.WriteString("ask", finding.Ask);
            writer.WriteStartArray("signals");
            foreach (var id in finding.Signals)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            WriteEvidence(writer, finding.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (check.Claim is { } c)
        {
            writer.WriteStartObject("claim");
            writer.WriteString("source", c.Source.ToString().ToLowerInvariant());
            if (c.Phrase is { } phrase)
            {
                writer.WriteString("phrase", phrase);
            }

            if (c.Evidence is { } e)
            {
                writer.WriteStartObject("evidence");
                WriteEvidenceFields(writer, e);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteString("reason", check.Classification.Reason);
        writer.WriteStartArray("conflictingSignals");
        foreach (var id in check.Classification.ConflictingSignals)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("mismatch", check.IsMismatch);
        writer.WriteEndObject();
    }

    /// <summary>The JSON id of a strength.</summary>
    public static string StrengthId(SignalStrength strength) => strength switch
    {
        SignalStrength.Decisive => "decisive",
        SignalStrength.Strong => "strong",
        _ => "weak",
    };

    /// <summary>The JSON id of a severity.</summary>
    public static string SeverityId(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    private static void WriteEvidence(Utf8JsonWriter writer, IEnumerable<SignalEvidence> evidence)
    {
        writer.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            writer.WriteStartObject();
            WriteEvidenceFields(writer, e);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteEvidenceFields(Utf8JsonWriter writer, SignalEvidence e)
    {
        writer.WriteString("text", e.Text);
        if (e.Page is { } page)
        {
            writer.WriteNumber("page", page);
        }
        else
        {
            writer.WriteNull("page");
        }

        writer.WriteNumber("line", e.Line);
    }
}
