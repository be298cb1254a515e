using System.Globalization;
using Sourcewise.CostModel;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Input;
using Sourcewise.Text;

namespace Sourcewise.Documents.Scenarios;

/// <summary>Reads a cost scenario from YAML or JSON. Every problem is reported with its field path (e.g.
/// <c>options.inHouse.heads</c>) and line/column: unknown options or keys (with "did you mean"), values that are not
/// numbers, negative or implausibly large amounts, a horizon outside 1–120, tiers out of order.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class CostScenarioReader
{
    private static readonly string[] TopLevelKeys = ["name", "horizonMonths", "currency", "volatility", "options"];

    /// <summary>Reads a scenario file.</summary>
    public static Task<Result<CostScenario>> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return InputText.ReadFileAsync(path, ReadText, cancellationToken);
    }

    /// <summary>Reads a scenario from a stream such as stdin or a request body.</summary>
    public static Task<Result<CostScenario>> ReadStreamAsync(Stream stream, string name,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return InputText.ReadStreamAsync(stream, name, ReadText, cancellationToken);
    }

    /// <summary>Reads a scenario from YAML or JSON text.</summary>
    public static Result<CostScenario> ReadText(string text, string name)
    {
        var parsed = StructuredInput.Parse(text, name);
        return parsed.Success ? Read(parsed.Value) : Result<CostScenario>.Fail(parsed.Diagnostics);
    }

    /// <summary>Reads a scenario from a parsed node, which must be a mapping.</summary>
    public static Result<CostScenario> Read(InputNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var state = new State();
        if (node is not InputMapping root)
        {
            return Result<CostScenario>.Fail(Diagnostic.Error("not-a-mapping",
                $"a cost scenario must be a mapping with horizonMonths and options, not {node.KindName}", node.Location));
        }

        state.Locations[""] = root.Location;
        int? horizon = null;
        var volatility = CostVolatility.Medium;
        var currency = "USD";
        string? title = null;
        InputMapping? options = null;
        foreach (var (key, value) in root.Entries)
        {
            var field = key.Value!;
            state.Locations[field] = value.Location;
            switch (field)
            {
                case "horizonMonths":
                    if (state.Number(value, field, integer: true) is { } h)
                    {
                        horizon = h > int.MaxValue || h < int.MinValue ? int.MaxValue : (int)h;
                    }

                    break;
                case "currency":
                    currency = state.Text(value, field) ?? currency;
                    break;
                case "name":
                    title = state.Text(value, field);
                    break;
                case "volatility":
                    if (state.Text(value, field) is { } v)
                    {
                        if (CostOptionKinds.TryParseVolatility(v, out var parsed))
                        {
                            volatility = parsed.Value;
                        }
                        else
                        {
                            state.Error("invalid-value", $"'{v}' is not a volatility; use low, medium or high", value, field);
                        }
                    }

                    break;
                case "options":
                    options = value as InputMapping;
                    if (options is null)
                    {
                        state.Error("invalid-value", $"must be a mapping of option ids to parameters, not {value.KindName}",
                            value, field);
                    }

                    break;
                default:
                    state.Error("unknown-key",
                        $"'{field}' is not a scenario key{Suggestions.DidYouMean(field, TopLevelKeys)}; accepted: " +
                        string.Join(", ", TopLevelKeys), key, field);
                    break;
            }
        }

        if (horizon is null && !state.Has("horizonMonths"))
        {
            state.Error("missing-key", "horizonMonths is required (1–120 months)", root, "horizonMonths");
        }

        if (options is null && !state.Has("options"))
        {
            state.Error("missing-key", $"options is required: name at least one of {string.Join(", ", CostOptionKinds.Ids)}",
                root, "options");
        }

        StaffAugmentationOption? sa = null;
        ProjectOutsourcingOption? po = null;
        ManagedServicesOption? ms = null;
        InHouseOption? ih = null;
        foreach (var (key, value) in options?.Entries ?? [])
        {
            var id = key.Value!;
            var path = "options." + id;
            state.Locations[path] = value.Location;
            if (!CostOptionKinds.TryParse(id, out var kind))
            {
                state.Error("unknown-option",
                    $"'{id}' is not an option{Suggestions.DidYouMean(id, CostOptionKinds.Ids)}; accepted: " +
                    string.Join(", ", CostOptionKinds.Ids), key, path);
                continue;
            }

            if (value is not InputMapping mapping)
            {
                state.Error("invalid-value", $"must be a mapping of parameters, not {value.KindName}", value, path);
                continue;
            }

            var values = state.Parameters(kind.Value, mapping, path, out var extras);
            if (values is null)
            {
                continue;
            }

            switch (kind.Value)
            {
                case CostOptionKind.StaffAugmentation:
                    sa = OptionBuilders.StaffAugmentation(values);
                    break;
                case CostOptionKind.ProjectOutsourcing:
                    po = OptionBuilders.ProjectOutsourcing(values);
                    break;
                case CostOptionKind.ManagedServices:
                    ms = OptionBuilders.ManagedServices(values, state.Tiers(extras, path), state.TierPricing(extras, path));
                    break;
                default:
                    ih = OptionBuilders.InHouse(values);
                    break;
            }
        }

        var created = CostScenario.Create(horizon ?? 0, volatility, currency, sa, po, ms, ih, title);
        if (!state.Failed && created.Success)
        {
            return created;
        }

        // Report the scenario-level problems too (horizon, currency, tier order), except for fields already reported
        // and "no options" when options were given but each had errors.
        var reported = state.Diagnostics.Select(d => d.Location?.Field).ToHashSet(StringComparer.Ordinal);
        var optionsGiven = options is { Entries.Count: > 0 };
        var more = created.Diagnostics
            .Where(d => !reported.Contains(d.Location?.Field) && !(d.Code == "no-options" && optionsGiven))
            .Select(state.Locate);
        return Result<CostScenario>.Fail([.. state.Diagnostics, .. more]);
    }

    private sealed class State
    {
        public Dictionary<string, SourceLocation> Locations { get; } = new(StringComparer.Ordinal);

        public List<Diagnostic> Diagnostics { get; } = [];

        public bool Failed => Diagnostics.Any(d => d.IsError);

        public bool Has(string field) => Locations.ContainsKey(field);

        public void Error(string code, string message, InputNode where, string field) =>
            Diagnostics.Add(Diagnostic.Error(code, message, where.Location.WithField(field)));

        /// <summary>Gives a diagnostic from <see cref="CostScenario.Create"/> the position of its field (or the nearest
        /// parent that has one).</summary>
        public Diagnostic Locate(Diagnostic d)
        {
            var field = d.Location?.Field ?? string.Empty;
            var probe = field;
            while (true)
            {
                if (Locations.TryGetValue(probe, out var location))
                {
                    return d with { Location = location.WithField(field) };
                }

                if (probe.Length == 0)
                {
                    return d;
                }

                var cut = Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('['));
                probe = cut > 0 ? probe[..cut] : string.Empty;
            }
        }

        public string? Text(InputNode node, string field)
        {
            if (node is InputScalar { Value: { } text })
            {
                return text;
            }

            Error("invalid-value", $"expects a single text value, not {(node is InputScalar ? "nothing" : node.KindName)}",
                node, field);
            return null;
        }

        public double? Number(InputNode node, string field, bool integer = false)
        {
            if (node is not InputScalar scalar || scalar.Value is null)
            {
                Error("invalid-value", $"expects a number, not {(node is InputScalar ? "nothing" : node.KindName)}", node,
                    field);
                return null;
            }

            if (scalar.IsQuoted || !double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture,
                    out var value) || !double.IsFinite(value))
            {
                Error("not-a-number", $"expects a number, got '{scalar.Value}'", node, field);
                return null;
            }

            if (integer && value != Math.Floor(value))
            {
                Error("not-whole", $"must be a whole number, got {scalar.Value}", node, field);
                return null;
            }

            return value;
        }

        /// <summary>Reads the numeric parameters of one option (range checks included); other keys the option accepts
        /// (tiers, tierPricing) come back in <paramref name="extras"/>.</summary>
        public Dictionary<string, double>? Parameters(CostOptionKind kind, InputMapping mapping, string path,
            out Dictionary<string, InputNode> extras)
        {
            extras = new Dictionary<string, InputNode>(StringComparer.Ordinal);
            var parameters = CostParameters.For(kind);
            var extraKeys = kind == CostOptionKind.ManagedServices ? new[] { "tiers", "tierPricing" } : [];
            var accepted = parameters.Select(p => p.Key).Concat(extraKeys).ToArray();
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            var ok = true;
            foreach (var (key, value) in mapping.Entries)
            {
                var name = key.Value!;
                var field = $"{path}.{name}";
                Locations[field] = value.Location;
                var parameter = parameters.FirstOrDefault(p => p.Key == name);
                if (parameter is null)
                {
                    if (extraKeys.Contains(name))
                    {
                        extras[name] = value;
                        continue;
                    }

                    Error("unknown-key",
                        $"'{name}' is not a parameter of {kind.ToId()}{Suggestions.DidYouMean(name, accepted)}; accepted: " +
                        string.Join(", ", accepted), key, field);
                    ok = false;
                    continue;
                }

                if (Number(value, field) is not { } number)
                {
                    ok = false;
                    continue;
                }

                if (parameter.Check(number) is { } problem)
                {
                    Error(problem.Code, problem.Message, value, field);
                    ok = false;
                    continue;
                }

                values[name] = number;
            }

            foreach (var missing in parameters.Where(p => p.IsRequired && !values.ContainsKey(p.Key) &&
                !Locations.ContainsKey($"{path}.{p.Key}")))
            {
                Error("missing-key", $"{missing.Key} is required ({missing.Description})", mapping, $"{path}.{missing.Key}");
                ok = false;
            }

            return ok ? values : null;
        }

        public IReadOnlyList<VolumeTier> Tiers(Dictionary<string, InputNode> extras, string path)
        {
            if (!extras.TryGetValue("tiers", out var node))
            {
                return [];
            }

            var field = path + ".tiers";
            if (node is InputScalar { Value: null })
            {
                return [];
            }

            if (node is not InputSequence sequence)
            {
                Error("invalid-value", $"must be a list of {{ fromUnits, unitPricePerMonth }}, not {node.KindName}", node,
                    field);
                return [];
            }

            var tiers = new List<VolumeTier>();
            for (var i = 0; i < sequence.Items.Count; i++)
            {
                var itemField = $"{field}[{i}]";
                var item = sequence.Items[i];
                Locations[itemField] = item.Location;
                if (item is not InputMapping mapping)
                {
                    Error("invalid-value", $"must be a mapping {{ fromUnits, unitPricePerMonth }}, not {item.KindName}",
                        item, itemField);
                    continue;
                }

                double? from = null, price = null;
                foreach (var (key, value) in mapping.Entries)
                {
                    var name = key.Value!;
                    Locations[$"{itemField}.{name}"] = value.Location;
                    switch (name)
                    {
                        case "fromUnits":
                            from = Number(value, $"{itemField}.{name}");
                            break;
                        case "unitPricePerMonth":
                            price = Number(value, $"{itemField}.{name}");
                            break;
                        default:
                            Error("unknown-key",
                                $"'{name}' is not a tier key{Suggestions.DidYouMean(name, ["fromUnits", "unitPricePerMonth"])}; " +
                                "accepted: fromUnits, unitPricePerMonth", key, $"{itemField}.{name}");
                            break;
                    }
                }

                if (from is null && !Locations.ContainsKey($"{itemField}.fromUnits"))
                {
                    Error("missing-key", "fromUnits is required", mapping, $"{itemField}.fromUnits");
                }

                if (price is null && !Locations.ContainsKey($"{itemField}.unitPricePerMonth"))
                {
                    Error("missing-key", "unitPricePerMonth is required", mapping, $"{itemField}.unitPricePerMonth");
                }

                tiers.Add(new VolumeTier(from ?? 0, price ?? 0));
            }

            return tiers;
        }

        public TierPricing TierPricing(Dictionary<string, InputNode> extras, string path)
        {
            if (!extras.TryGetValue("tierPricing", out var node))
            {
                return CostModel.TierPricing.Volume;
            }

            var field = path + ".tierPricing";
            switch (Text(node, field))
            {
                case "volume":
                    return CostModel.TierPricing.Volume;
                case "graduated":
                    return CostModel.TierPricing.Graduated;
                case { } other:
                    Error("invalid-value", $"'{other}' is not a tier pricing; use volume or graduated", node, field);
                    break;
            }

            return CostModel.TierPricing.Volume;
        }
    }
}
