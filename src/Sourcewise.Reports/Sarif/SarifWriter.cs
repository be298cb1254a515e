using System.Text.Encodings.Web;
using System.Text.Json;
using Sourcewise.Signals;

namespace Sourcewise.Reports.Sarif;

/// <summary>Writes proposal-check findings as SARIF 2.1.0: one result per finding, with the document location, so
/// a procurement repository can run the check in CI and see findings as code-scanning alerts.</summary>
public static class SarifWriter
{
    /// <summary>The SARIF version written.</summary>
    public const string Version = "2.1.0";

    /// <summary>The schema URI written in <c>$schema</c>.</summary>
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Writes one SARIF log with one run over all the checks.</summary>
    /// <param name="checks">The checks (one per document).</param>
    /// <param name="baseDirectory">Paths are written relative to this directory when under it.</param>
    public static string Write(IReadOnlyList<ContractCheck> checks, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var catalogue = SignalCatalogue.Default;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", Schema);
            w.WriteString("version", Version);
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "sourcewise");
            w.WriteString("semanticVersion", typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.1.0");
            w.WriteStartArray("rules");
            foreach (var rule in catalogue.Findings)
            {
                w.WriteStartObject();
                w.WriteString("id", rule.Id);
                w.WriteStartObject("shortDescription");
                w.WriteString("text", rule.Title);
                w.WriteEndObject();
                w.WriteStartObject("help");
                w.WriteString("text", rule.Ask);
                w.WriteEndObject();
                w.WriteStartObject("defaultConfiguration");
                w.WriteString("level", Level(rule.Severity));
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("results");
            var ruleIndex = catalogue.Findings.Select((f, i) => (f.Id, i)).ToDictionary(p => p.Id, p => p.i);
            foreach (var check in checks)
            {
                var uri = ToUri(check.Document, baseDirectory);
                foreach (var finding in check.Findings)
                {
                    w.WriteStartObject();
                    w.WriteString("ruleId", finding.Id);
                    w.WriteNumber("ruleIndex", ruleIndex[finding.Id]);
                    w.WriteString("level", Level(finding.Severity));
                    w.WriteStartObject("message");
                    w.WriteString("text", $"{finding.Message} {finding.Ask}");
                    w.WriteEndObject();
                    w.WriteStartArray("locations");
                    var evidence = finding.Evidence.FirstOrDefault();
                    w.WriteStartObject();
                    w.WriteStartObject("physicalLocation");
                    w.WriteStartObject("artifactLocation");
                    w.WriteString("uri", uri);
                    w.WriteEndObject();
                    w.WriteStartObject("region");
                    w.WriteNumber("startLine", Math.Max(1, evidence?.Line ?? 1));
                    if (evidence is not null)
                    {
                        w.WriteStartObject("snippet");
                        w.WriteString("text", evidence.Text);
                        w.WriteEndObject();
                    }

                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndArray();
                    w.WriteStartObject("properties");
                    w.WriteString("claimedModel", check.Claim?.Model.ToId());
                    w.WriteString("actualModel", check.Classification.ActualModelId);
                    if (evidence?.Page is { } page)
                    {
                        w.WriteNumber("page", page);
                    }

                    w.WriteEndObject();
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The SARIF level of a severity.</summary>
    public static string Level(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative URI reference with forward slashes and escaped segments.</summary>
    internal static string ToUri(string path, string? baseDirectory)
    {
        var relative = path;
        if (baseDirectory is not null)
        {
            var full = Path.GetFullPath(path);
            var root = Path.GetFullPath(baseDirectory);
            if (full.StartsWith(root, StringComparison.Ordinal))
            {
                relative = Path.GetRelativePath(root, full);
            }
        }

        var segments = relative.Replace('\\', '/').Split('/');
        return string.Join("/", segments.Select(s => s is "." or ".." ? s : Uri.EscapeDataString(s)));
    }

}
