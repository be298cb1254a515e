using System.Globalization;
using System.Text.Json;
using Sourcewise.Diagnostics;
using Sourcewise.Profiles;
using Sourcewise.Text;

namespace Sourcewise.Assessments;

/// <summary>Reads the rules JSON into a <see cref="RuleSet"/>, collecting every problem with its field path.</summary>
internal sealed class RuleSetParser
{
    private static readonly string[] TopLevelKeys =
        ["name", "version", "description", "closeCall", "confidence", "factors", "stageGuidance", "mistakes", "unknowns"];

    private static readonly string[] FactorKeys = ["factor", "when", "points", "reason"];
    private static readonly string[] MistakeKeys = ["id", "severity", "model", "trigger", "when", "anyOf", "because", "message", "why"];
    private static readonly string[] Triggers = ["always", "considered", "recommended", "considered-or-recommended"];
    private static readonly string[] Severities = ["warning", "error"];

    private readonly string _source;
    private readonly List<Diagnostic> _diagnostics = [];

    private RuleSetParser(string source) => _source = source;

    public static Result<RuleSet> Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions
            {
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
                MaxDepth = 32,
            });
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var column = e.BytePositionInLine is { } c ? (int)c + 1 : (int?)null;
            var message = e.Message;
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }

            return Result<RuleSet>.Fail(Diagnostic.Error("malformed-json", $"not valid JSON: {message}",
                new SourceLocation(source, line, column)));
        }

        using (document)
        {
            var parser = new RuleSetParser(source);
            var rules = parser.Read(document.RootElement);
            return rules is not null && parser._diagnostics.Count == 0
                ? Result<RuleSet>.Ok(rules)
                : Result<RuleSet>.Fail(parser._diagnostics.Count > 0
                    ? [.. parser._diagnostics]
                    : [Diagnostic.Error("invalid-rules", "the rules could not be read", new SourceLocation(source))]);
        }
    }

    private void Error(string path, string message) =>
        _diagnostics.Add(Diagnostic.Error("invalid-rules", message, new SourceLocation(_source, Field: path)));

    private RuleSet? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Error("$", "the rules must be a JSON object");
            return null;
        }

        CheckKeys(root, "", TopLevelKeys);
        var name = OptionalString(root, "name", "") ?? "rules";

        var threshold = 100;
        string[] settle = new string[9];
        if (root.TryGetProperty("closeCall", out var closeCall) && Expect(closeCall, JsonValueKind.Object, "closeCall"))
        {
            CheckKeys(closeCall, "closeCall.", ["threshold", "settle"]);
            if (closeCall.TryGetProperty("threshold", out var t))
            {
                threshold = Hundredths(t, "closeCall.threshold", allowNegative: false) ?? threshold;
            }

            if (closeCall.TryGetProperty("settle", out var s) && Expect(s, JsonValueKind.Object, "closeCall.settle"))
            {
                foreach (var pair in s.EnumerateObject())
                {
                    var path = "closeCall.settle." + pair.Name;
                    var parts = pair.Name.Split('|');
                    if (parts.Length != 2 || !EngagementModels.TryParse(parts[0], out var a) ||
                        !EngagementModels.TryParse(parts[1], out var b) || a == b)
                    {
                        Error(path, "expects a key of two different model ids joined by '|', e.g. staff-augmentation|project-outsourcing");
                        continue;
                    }

                    if (String(pair.Value, path) is { } text)
                    {
                        settle[(int)a.Value * 3 + (int)b.Value] = text;
                        settle[(int)b.Value * 3 + (int)a.Value] = text;
                    }
                }
            }
        }

        for (var i = 0; i < settle.Length; i++)
        {
            settle[i] ??= "Find out the unknown answers and check the answers listed as tipping points: each one moves the call.";
        }

        double cap = 0.5, penalty = 0.1, high = 0.75, medium = 0.5;
        if (root.TryGetProperty("confidence", out var confidence) && Expect(confidence, JsonValueKind.Object, "confidence"))
        {
            CheckKeys(confidence, "confidence.", ["closeCallCap", "tippingUnknownPenalty", "high", "medium"]);
            cap = Fraction(confidence, "closeCallCap", "confidence.closeCallCap") ?? cap;
            penalty = Fraction(confidence, "tippingUnknownPenalty", "confidence.tippingUnknownPenalty") ?? penalty;
            high = Fraction(confidence, "high", "confidence.high") ?? high;
            medium = Fraction(confidence, "medium", "confidence.medium") ?? medium;
        }

        var factors = new List<FactorRule>();
        if (!root.TryGetProperty("factors", out var factorArray))
        {
            Error("factors", "is required: a list of factor rules");
        }
        else if (Expect(factorArray, JsonValueKind.Array, "factors"))
        {
            var i = 0;
            foreach (var item in factorArray.EnumerateArray())
            {
                if (ReadFactor(item, $"factors[{i}]") is { } rule)
                {
                    factors.Add(rule);
                }

                i++;
            }
        }

        var stages = ProfileFields.Stage.Values;
        var guidance = new string[stages.Length + 1];
        if (root.TryGetProperty("stageGuidance", out var stageGuidance) && Expect(stageGuidance, JsonValueKind.Object, "stageGuidance"))
        {
            foreach (var entry in stageGuidance.EnumerateObject())
            {
                var path = "stageGuidance." + entry.Name;
                var index = entry.Name == "unknown" ? stages.Length : stages.IndexOf(entry.Name);
                if (index < 0)
                {
                    Error(path, $"unknown stage '{entry.Name}'{Suggestions.DidYouMean(entry.Name, [.. stages, "unknown"])}; accepted: {string.Join(", ", stages)}, unknown");
                    continue;
                }

                guidance[index] = String(entry.Value, path) ?? string.Empty;
            }
        }

        for (var i = 0; i < guidance.Length; i++)
        {
            if (guidance[i] is null)
            {
                Error("stageGuidance." + (i < stages.Length ? stages[i] : "unknown"), "is required: guidance text for this stage");
            }
        }

        var mistakes = new List<MistakeRule>();
        if (root.TryGetProperty("mistakes", out var mistakeArray) && Expect(mistakeArray, JsonValueKind.Array, "mistakes"))
        {
            var i = 0;
            foreach (var item in mistakeArray.EnumerateArray())
            {
                if (ReadMistake(item, $"mistakes[{i}]") is { } rule)
                {
                    mistakes.Add(rule);
                }

                i++;
            }
        }

        var weights = new double[ProfileFields.All.Length];
        var why = new string[ProfileFields.All.Length];
        foreach (var field in ProfileFields.Answerable)
        {
            weights[field.Index] = 0.02;
            why[field.Index] = field.Help;
        }

        if (root.TryGetProperty("unknowns", out var unknowns) && Expect(unknowns, JsonValueKind.Object, "unknowns"))
        {
            foreach (var entry in unknowns.EnumerateObject())
            {
                var path = "unknowns." + entry.Name;
                if (FindField(entry.Name, path) is not { } field || !Expect(entry.Value, JsonValueKind.Object, path))
                {
                    continue;
                }

                CheckKeys(entry.Value, path + ".", ["weight", "why"]);
                weights[field.Index] = Fraction(entry.Value, "weight", path + ".weight") ?? weights[field.Index];
                why[field.Index] = OptionalString(entry.Value, "why", path + ".") ?? why[field.Index];
            }
        }

        if (_diagnostics.Count > 0)
        {
            return null;
        }

        return new RuleSet(name, _source, threshold, [.. factors], [.. mistakes], guidance, weights, why, settle,
            cap, penalty, high, medium);
    }

    private FactorRule? ReadFactor(JsonElement item, string path)
    {
        if (!Expect(item, JsonValueKind.Object, path))
        {
            return null;
        }

        CheckKeys(item, path + ".", FactorKeys);
        var errors = _diagnostics.Count;
        if (!item.TryGetProperty("when", out var when))
        {
            Error(path + ".when", "is required: the conditions on profile answers, e.g. { \"requirementVolatility\": \"high\" }");
            return null;
        }

        var conditions = ReadConditions(when, path + ".when");
        if (conditions is { Length: 0 })
        {
            Error(path + ".when", "needs at least one condition");
        }

        ProfileField? factor = conditions is { Length: > 0 } ? conditions[0].Field : null;
        if (item.TryGetProperty("factor", out var factorElement))
        {
            if (String(factorElement, path + ".factor") is { } key)
            {
                factor = FindField(key, path + ".factor");
            }
        }
        else if (conditions is not null && conditions.Select(c => c.FieldIndex).Distinct().Count() > 1)
        {
            Error(path + ".factor", "is required when 'when' names more than one field: the profile key the points are credited to");
        }

        var points = new int[3];
        if (!item.TryGetProperty("points", out var pointsElement))
        {
            Error(path + ".points", "is required: points per model id, e.g. { \"staff-augmentation\": 2 }");
        }
        else if (Expect(pointsElement, JsonValueKind.Object, path + ".points"))
        {
            foreach (var entry in pointsElement.EnumerateObject())
            {
                var p = path + ".points." + entry.Name;
                if (!EngagementModels.TryParse(entry.Name, out var model) || entry.Name != model.Value.ToId())
                {
                    Error(p, $"unknown model '{entry.Name}'{Suggestions.DidYouMean(entry.Name, EngagementModels.Ids)}; accepted: {string.Join(", ", EngagementModels.Ids)}");
                    continue;
                }

                points[(int)model.Value] = Hundredths(entry.Value, p, allowNegative: true) ?? 0;
            }
        }

        var reason = item.TryGetProperty("reason", out var r) ? String(r, path + ".reason") : null;
        if (reason is null && !item.TryGetProperty("reason", out _))
        {
            Error(path + ".reason", "is required: the reason in plain words");
        }

        if (_diagnostics.Count > errors || conditions is null || factor is null || reason is null)
        {
            return null;
        }

        return new FactorRule(factor, conditions, points, reason);
    }

    private MistakeRule? ReadMistake(JsonElement item, string path)
    {
        if (!Expect(item, JsonValueKind.Object, path))
        {
            return null;
        }

        CheckKeys(item, path + ".", MistakeKeys);
        var errors = _diagnostics.Count;
        var id = Required(item, "id", path);
        var severity = MistakeSeverity.Warning;
        if (Required(item, "severity", path) is { } severityText)
        {
            if (Array.IndexOf(Severities, severityText) < 0)
            {
                Error(path + ".severity", $"unknown severity '{severityText}'{Suggestions.DidYouMean(severityText, Severities)}; accepted: warning, error");
            }
            else
            {
                severity = severityText == "error" ? MistakeSeverity.Error : MistakeSeverity.Warning;
            }
        }

        EngagementModel? model = null;
        if (OptionalString(item, "model", path + ".") is { } modelText)
        {
            if (!EngagementModels.TryParse(modelText, out model))
            {
                Error(path + ".model", $"unknown model '{modelText}'{Suggestions.DidYouMean(modelText, EngagementModels.Ids)}; accepted: {string.Join(", ", EngagementModels.Ids)}");
            }
        }

        var trigger = model is null ? MistakeTrigger.Always : MistakeTrigger.ConsideredOrRecommended;
        if (OptionalString(item, "trigger", path + ".") is { } triggerText)
        {
            var index = Array.IndexOf(Triggers, triggerText);
            if (index < 0)
            {
                Error(path + ".trigger", $"unknown trigger '{triggerText}'{Suggestions.DidYouMean(triggerText, Triggers)}; accepted: {string.Join(", ", Triggers)}");
            }
            else
            {
                trigger = (MistakeTrigger)index;
                if (trigger != MistakeTrigger.Always && model is null)
                {
                    Error(path + ".model", $"is required when trigger is '{triggerText}'");
                }
            }
        }

        var all = item.TryGetProperty("when", out var when) ? ReadConditions(when, path + ".when") : [];
        var anyOf = new List<RuleCondition[]>();
        if (item.TryGetProperty("anyOf", out var any) && Expect(any, JsonValueKind.Array, path + ".anyOf"))
        {
            var i = 0;
            foreach (var alternative in any.EnumerateArray())
            {
                if (ReadConditions(alternative, $"{path}.anyOf[{i}]") is { } c)
                {
                    anyOf.Add(c);
                }

                i++;
            }
        }

        var because = new List<string>();
        if (item.TryGetProperty("because", out var reasons) && Expect(reasons, JsonValueKind.Array, path + ".because"))
        {
            foreach (var reason in reasons.EnumerateArray())
            {
                if (reason.ValueKind == JsonValueKind.String && reason.GetString() is { Length: > 0 } text)
                {
                    because.Add(text);
                }
                else
                {
                    Error($"{path}.because[{because.Count}]", "must be a non-empty text");
                }
            }

            if (because.Count != anyOf.Count)
            {
                Error(path + ".because", $"needs one reason per 'anyOf' alternative: {anyOf.Count}, got {because.Count}");
            }
        }

        var message = Required(item, "message", path);
        var why = Required(item, "why", path);
        if (_diagnostics.Count > errors || id is null || message is null || why is null || all is null)
        {
            return null;
        }

        return new MistakeRule(id, severity, model, trigger, all, [.. anyOf], [.. because], message, why);
    }

    private RuleCondition[]? ReadConditions(JsonElement when, string path)
    {
        if (!Expect(when, JsonValueKind.Object, path))
        {
            return null;
        }

        var conditions = new List<RuleCondition>();
        var errors = _diagnostics.Count;
        foreach (var entry in when.EnumerateObject())
        {
            var p = path + "." + entry.Name;
            if (FindField(entry.Name, p) is not { } field)
            {
                continue;
            }

            if (field.Kind == ProfileFieldKind.Integer)
            {
                if (ReadRange(field, entry.Value, p) is { } range)
                {
                    conditions.Add(new RuleCondition(field, 0, range.Min, range.Max));
                }

                continue;
            }

            uint mask = 0;
            if (entry.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var value in entry.Value.EnumerateArray())
                {
                    mask |= ReadCode(field, value, p);
                }
            }
            else
            {
                mask = ReadCode(field, entry.Value, p);
            }

            if (mask != 0)
            {
                conditions.Add(new RuleCondition(field, mask, 0, 0));
            }
        }

        return _diagnostics.Count > errors ? null : [.. conditions];
    }

    private (int Min, int Max)? ReadRange(ProfileField field, JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return IntegerIn(field, value, path) is { } exact ? (exact, exact) : null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Error(path, $"expects a number or {{ \"min\": n, \"max\": n }} ({field.AcceptedDescription})");
            return null;
        }

        CheckKeys(value, path + ".", ["min", "max"]);
        var min = value.TryGetProperty("min", out var a) ? IntegerIn(field, a, path + ".min") : field.Minimum;
        var max = value.TryGetProperty("max", out var b) ? IntegerIn(field, b, path + ".max") : field.Maximum;
        if (min is null || max is null)
        {
            return null;
        }

        if (min > max)
        {
            Error(path, $"min {min} is greater than max {max}");
            return null;
        }

        return (min.Value, max.Value);
    }

    private int? IntegerIn(ProfileField field, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var n) || n < field.Minimum || n > field.Maximum)
        {
            Error(path, $"expects {field.AcceptedDescription}");
            return null;
        }

        return n;
    }

    private uint ReadCode(ProfileField field, JsonElement value, string path)
    {
        string? text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        if (text is null || (field.Kind == ProfileFieldKind.Boolean && value.ValueKind == JsonValueKind.String))
        {
            Error(path, $"expects {field.AcceptedDescription}" + (field.Kind == ProfileFieldKind.Choice ? " (or a list of them)" : ""));
            return 0;
        }

        var index = field.Values.IndexOf(text);
        if (index < 0)
        {
            Error(path, $"unknown value '{text}'{Suggestions.DidYouMean(text, field.Values)}; accepted: {string.Join(", ", field.Values)}");
            return 0;
        }

        return 1u << index;
    }

    private ProfileField? FindField(string key, string path)
    {
        var field = ProfileFields.Find(key);
        if (field is null || field.Kind == ProfileFieldKind.Text)
        {
            var keys = ProfileFields.Answerable.Select(f => f.Key).ToArray();
            Error(path, $"unknown profile key '{key}'{Suggestions.DidYouMean(key, keys)}; accepted: {string.Join(", ", keys)}");
            return null;
        }

        return field;
    }

    private void CheckKeys(JsonElement element, string prefix, string[] allowed)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                Error(prefix + property.Name,
                    $"unknown key '{property.Name}'{Suggestions.DidYouMean(property.Name, allowed)}; accepted: {string.Join(", ", allowed)}");
            }
        }
    }

    private bool Expect(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind == kind)
        {
            return true;
        }

        Error(path, $"expects {(kind == JsonValueKind.Array ? "a list" : kind == JsonValueKind.Object ? "an object" : kind.ToString().ToLowerInvariant())}, not {Describe(element)}");
        return false;
    }

    private string? String(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } text)
        {
            return text;
        }

        Error(path, $"expects non-empty text, not {Describe(element)}");
        return null;
    }

    private string? OptionalString(JsonElement parent, string key, string prefix) =>
        parent.TryGetProperty(key, out var value) ? String(value, prefix + key) : null;

    private string? Required(JsonElement parent, string key, string path)
    {
        if (parent.TryGetProperty(key, out var value))
        {
            return String(value, path + "." + key);
        }

        Error(path + "." + key, "is required");
        return null;
    }

    private int? Hundredths(JsonElement element, string path, bool allowNegative)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var value) ||
            double.IsNaN(value) || Math.Abs(value) > 1000 || (!allowNegative && value < 0))
        {
            Error(path, allowNegative ? "expects a number from -1000 to 1000" : "expects a number from 0 to 1000");
            return null;
        }

        return (int)Math.Round(value * 100, MidpointRounding.AwayFromZero);
    }

    private double? Fraction(JsonElement parent, string key, string path)
    {
        if (!parent.TryGetProperty(key, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var value) || value < 0 || value > 1)
        {
            Error(path, "expects a number from 0 to 1");
            return null;
        }

        return value;
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the text \"{element.GetString()}\"",
        JsonValueKind.Number => "the number " + element.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => element.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
