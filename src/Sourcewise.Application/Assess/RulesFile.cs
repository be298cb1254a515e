using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sourcewise.Assessments;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Input;

namespace Sourcewise.Application.Assess;

/// <summary>Reads an organisation's assessment rules (the shape of the built-in <c>assessment-rules.json</c>) from YAML
/// or JSON through the same structured-input reader as work profiles, so every problem names the file, the line and
/// column, and the field path (for example <c>rules.yaml:12:9: factors[3].when.requirementVolatility: ...</c>).</summary>
/// <remarks>A <c>.json</c> file must be JSON (comments and trailing commas allowed, as in the built-in file); anything
/// else is read as YAML, of which JSON is a subset. Never throws for bad input.</remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class RulesFile
{
    /// <summary>Reads a rules file.</summary>
    /// <param name="path">The file, as the user gave it (also used in messages).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<Outcome<RuleSet>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = await InputText.ReadFileAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        return text.Success ? Read(text.Value, path) : Outcome<RuleSet>.Invalid(text.Diagnostics);
    }

    /// <summary>Reads rules from text.</summary>
    /// <param name="text">The YAML or JSON text.</param>
    /// <param name="name">The file name for messages; a name ending in <c>.json</c> must hold JSON.</param>
    public static Outcome<RuleSet> Read(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var tree = StructuredInput.Parse(text, name);
        Result<RuleSet> rules;
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            // Core reads JSON itself and names the line and column where malformed JSON breaks.
            rules = RuleSet.Parse(text, name);
        }
        else if (tree.Success)
        {
            rules = RuleSet.Parse(ToJson(tree.Value), name);
        }
        else
        {
            return Outcome<RuleSet>.Invalid(tree.Diagnostics);
        }

        if (rules.Success)
        {
            return Outcome<RuleSet>.Ok(rules.Value, rules.Diagnostics);
        }

        return Outcome<RuleSet>.Invalid(tree.Success ? Locate(rules.Diagnostics, tree.Value) : rules.Diagnostics);
    }

    /// <summary>Adds the line and column of the named field (or of the nearest enclosing one that exists) to each
    /// diagnostic that has a field path but no line.</summary>
    private static IReadOnlyList<Diagnostic> Locate(IReadOnlyList<Diagnostic> diagnostics, InputNode root)
    {
        var nodes = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        Index(root, "", nodes);
        var located = new List<Diagnostic>(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            if (d.Location is { Line: null, Field: { } field } location)
            {
                var path = field == "$" ? "" : field;
                while (!nodes.ContainsKey(path) && path.Length > 0)
                {
                    path = Parent(path);
                }

                if (nodes.TryGetValue(path, out var where))
                {
                    located.Add(d with { Location = location with { Line = where.Line, Column = where.Column } });
                    continue;
                }
            }

            located.Add(d);
        }

        return located;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    private static void Index(InputNode node, string path, Dictionary<string, SourceLocation> nodes)
    {
        nodes.TryAdd(path, node.Location);
        switch (node)
        {
            case InputMapping mapping:
                foreach (var (key, value) in mapping.Entries)
                {
                    Index(value, path.Length == 0 ? key.Value! : $"{path}.{key.Value}", nodes);
                }

                break;
            case InputSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Index(sequence.Items[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), nodes);
                }

                break;
        }
    }

    /// <summary>The tree as JSON: quoted scalars are text; plain ones are null, a boolean or a number when they read as
    /// one (YAML's core schema), text otherwise.</summary>
    private static string ToJson(InputNode root)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, root);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, InputNode node)
    {
        switch (node)
        {
            case InputMapping mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Entries)
                {
                    writer.WritePropertyName(key.Value!);
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case InputSequence sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case InputScalar { Value: null }:
                writer.WriteNullValue();
                break;
            case InputScalar { IsQuoted: true } quoted:
                writer.WriteStringValue(quoted.Value);
                break;
            case InputScalar { Value: "true" or "True" or "TRUE" }:
                writer.WriteBooleanValue(true);
                break;
            case InputScalar { Value: "false" or "False" or "FALSE" }:
                writer.WriteBooleanValue(false);
                break;
            case InputScalar scalar when IsNumber(scalar.Value!, out var number):
                writer.WriteNumberValue(number);
                break;
            case InputScalar scalar:
                writer.WriteStringValue(scalar.Value);
                break;
        }
    }

    private static bool IsNumber(string text, out double number)
    {
        number = 0;
        return text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.')
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            && double.IsFinite(number);
    }
}
