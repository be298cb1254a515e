using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Sourcewise.CostModel;
using Sourcewise.Decisions;

namespace Sourcewise.Application.Decisions;

/// <summary>The simulated cost a decision was made on, frozen at save time: the scenario's seed and trials, the
/// cumulative p10–p50–p90 band of every option per month, and what the scenario assumed about change requests and
/// attrition.</summary>
/// <param name="Seed">The simulation's seed.</param>
/// <param name="Trials">The simulation's trials.</param>
/// <param name="Currency">The scenario's currency.</param>
/// <param name="Bands">Per option id (<c>staffAugmentation</c>, …): the band of each month, month 1 first.</param>
/// <param name="ExpectedChangeRequestsPerMonth">The project outsourcing option's rate at the scenario's volatility, or <c>null</c>.</param>
/// <param name="AttritionPerHeadPerYear">The staff augmentation option's attrition rate, or <c>null</c>.</param>
/// <param name="PlannedHeadcount">The staff augmentation option's heads, or <c>null</c>.</param>
public sealed record FrozenCost(long Seed, int Trials, string Currency, ImmutableDictionary<string, ImmutableArray<CostBand>> Bands,
    double? ExpectedChangeRequestsPerMonth, double? AttritionPerHeadPerYear, int? PlannedHeadcount)
{
    /// <summary>Freezes a simulation of <paramref name="scenario"/>.</summary>
    public static FrozenCost From(CostScenario scenario, CostResult result)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        return new FrozenCost(result.Seed, result.Trials, result.Currency,
            result.Options.ToImmutableDictionary(o => o.Id, o => o.Monthly.Select(m => new CostBand(m.P10, m.P50, m.P90)).ToImmutableArray()),
            scenario.ProjectOutsourcing is { } po ? po.ChangeRequestsPerMonth * scenario.Volatility.ChangeRequestFactor() : null,
            scenario.StaffAugmentation?.AttritionPerHeadPerYear,
            scenario.StaffAugmentation?.Heads);
    }

    /// <summary>The band of the option that prices <paramref name="model"/>, or empty when the scenario does not compare it.</summary>
    public ImmutableArray<CostBand> BandOf(EngagementModel model) =>
        Bands.TryGetValue(((CostOptionKind)(int)model).ToId(), out var band) ? band : [];
}

/// <summary>What the review holds a decision against, frozen at save time: the model chosen and the one recommended,
/// the start month, and the simulated cost (<see cref="FrozenCost"/>) if the decision had a scenario. Stored as JSON
/// (<see cref="ToJson"/>, <see cref="Read"/>).</summary>
/// <param name="Chosen">The model chosen.</param>
/// <param name="Recommendation">What the assessment recommended: a model id or <c>close-call</c>.</param>
/// <param name="Start">The engagement's first month.</param>
/// <param name="Cost">The frozen simulation, or <c>null</c>.</param>
public sealed record FrozenAssumptions(EngagementModel Chosen, string Recommendation, YearMonth Start, FrozenCost? Cost)
{
    /// <summary>Whether the model chosen is not the one recommended.</summary>
    public bool ChosenAgainstRecommendation => !string.Equals(Chosen.ToId(), Recommendation, StringComparison.Ordinal);

    /// <summary>The JSON stored with the decision.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("chosen", Chosen.ToId());
            writer.WriteString("recommendation", Recommendation);
            writer.WriteString("start", Start.ToString());
            if (Cost is { } cost)
            {
                writer.WriteStartObject("cost");
                writer.WriteNumber("seed", cost.Seed);
                writer.WriteNumber("trials", cost.Trials);
                writer.WriteString("currency", cost.Currency);
                WriteNumber(writer, "expectedChangeRequestsPerMonth", cost.ExpectedChangeRequestsPerMonth);
                WriteNumber(writer, "attritionPerHeadPerYear", cost.AttritionPerHeadPerYear);
                WriteNumber(writer, "plannedHeadcount", cost.PlannedHeadcount);
                writer.WriteStartObject("bands");
                foreach (var (option, band) in cost.Bands.OrderBy(b => b.Key, StringComparer.Ordinal))
                {
                    writer.WriteStartArray(option);
                    foreach (var month in band)
                    {
                        writer.WriteStartArray();
                        writer.WriteNumberValue(Math.Round(month.P10, 2));
                        writer.WriteNumberValue(Math.Round(month.P50, 2));
                        writer.WriteNumberValue(Math.Round(month.P90, 2));
                        writer.WriteEndArray();
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads what <see cref="ToJson"/> wrote; <c>null</c> when it does not read (the caller falls back to
    /// what a decision saved before frozen assumptions holds).</summary>
    public static FrozenAssumptions? Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (!EngagementModels.TryParse(root.GetProperty("chosen").GetString(), out var chosen)
                || !YearMonth.TryParse(root.GetProperty("start").GetString(), out var start))
            {
                return null;
            }

            FrozenCost? cost = null;
            if (root.TryGetProperty("cost", out var c) && c.ValueKind == JsonValueKind.Object)
            {
                var bands = ImmutableDictionary.CreateBuilder<string, ImmutableArray<CostBand>>(StringComparer.Ordinal);
                foreach (var option in c.GetProperty("bands").EnumerateObject())
                {
                    var months = ImmutableArray.CreateBuilder<CostBand>(option.Value.GetArrayLength());
                    foreach (var month in option.Value.EnumerateArray())
                    {
                        months.Add(new CostBand(month[0].GetDouble(), month[1].GetDouble(), month[2].GetDouble()));
                    }

                    bands[option.Name] = months.MoveToImmutable();
                }

                cost = new FrozenCost(c.GetProperty("seed").GetInt64(), c.GetProperty("trials").GetInt32(),
                    c.GetProperty("currency").GetString() ?? "USD", bands.ToImmutable(),
                    Number(c, "expectedChangeRequestsPerMonth"), Number(c, "attritionPerHeadPerYear"),
                    Number(c, "plannedHeadcount") is { } heads ? (int)heads : null);
            }

            return new FrozenAssumptions(chosen.Value, root.GetProperty("recommendation").GetString() ?? "", start, cost);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>A month written <c>YYYY-MM</c> (for messages).</summary>
    internal static string Month(YearMonth month) => month.ToString();

    /// <summary>Invariant number text (for messages).</summary>
    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
