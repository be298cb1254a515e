using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sourcewise.Application.Cost;
using Sourcewise.CostModel;
using Sourcewise.Reports.Charts;

namespace Sourcewise.Web.Pages;

/// <summary>Cost what-if: a form of scenario parameters (GET, so every what-if is a link) and the simulated cost
/// shapes (the same use case and defaults as <c>sourcewise cost</c>). A small optional script re-submits when a field
/// changes; without it, the button does.</summary>
internal sealed class CostPageModel : PageModel
{
    /// <summary>The trials of every simulation: the one default of <see cref="CostDefaults"/>.</summary>
    public const int Trials = CostDefaults.Trials;

    /// <summary>A fixed seed, so the same what-if link shows the same numbers (the decision record's seed).</summary>
    public const long Seed = CostDefaults.RecordSeed;

    public sealed record Parameter(string Option, string Key, string Label, double Default, string Help);

    public static readonly (string Id, string Title)[] OptionTitles =
    [
        ("staffAugmentation", "Staff augmentation"), ("projectOutsourcing", "Project outsourcing"),
        ("managedServices", "Managed services"), ("inHouse", "Hire in-house"),
    ];

    public static readonly Parameter[] Parameters =
    [
        new("staffAugmentation", "heads", "Engineers", 4, "How many augmented engineers."),
        new("staffAugmentation", "monthlyRatePerHead", "Monthly rate per engineer", 14000, "What the vendor charges per engineer per month."),
        new("staffAugmentation", "rampUpMonths", "Ramp-up months", 1, "Months before a new engineer is fully productive."),
        new("staffAugmentation", "managementHoursPerHeadPerMonth", "Management hours per engineer per month", 12, "Your managers' time to direct and review."),
        new("staffAugmentation", "managerHourlyCost", "Manager hourly cost", 120, "Loaded cost of an hour of your managers' time."),
        new("staffAugmentation", "attritionPerHeadPerYear", "Attrition per engineer per year", 0.15, "Share of engineers replaced each year (0 switches it off)."),
        new("staffAugmentation", "replacementWeeks", "Weeks to replace an engineer", 2, "Lost time when someone leaves."),
        new("projectOutsourcing", "fixedBid", "Fixed bid", 480000, "The vendor's price for the agreed scope."),
        new("projectOutsourcing", "changeRequestsPerMonth", "Change requests per month", 1.5, "Expected scope changes; scaled by volatility (0 switches it off)."),
        new("projectOutsourcing", "changeRequestCost", "Cost of a change request", 18000, "Average price of one change."),
        new("projectOutsourcing", "changeRequestPremium", "Change-request premium", 0.25, "Mark-up on re-priced changes (0.25 = 25%)."),
        new("projectOutsourcing", "knowledgeTransferCost", "Knowledge transfer at the end", 40000, "Getting the reasoning back in-house."),
        new("managedServices", "setupFee", "Set-up fee", 20000, "One-off onboarding."),
        new("managedServices", "unitPricePerMonth", "Price per unit per month", 45, "Per device, user or endpoint."),
        new("managedServices", "units", "Units today", 300, "How many devices, users or endpoints."),
        new("managedServices", "unitGrowthPerMonth", "Unit growth per month", 0.04, "0.04 = 4% a month (0 switches it off)."),
        new("inHouse", "heads", "Hires", 4, "How many engineers you would hire."),
        new("inHouse", "annualSalary", "Annual salary", 160000, "Per engineer."),
        new("inHouse", "loadedCostMultiplier", "Loaded-cost multiplier", 1.3, "Benefits and overhead on top of salary."),
        new("inHouse", "recruitingCostPerHire", "Recruiting cost per hire", 25000, "Fees and interview time."),
        new("inHouse", "timeToHireMonths", "Months to hire", 3, "Until the seat is filled."),
        new("inHouse", "rampUpMonths", "Ramp-up months", 3, "Until a hire is fully productive."),
        new("inHouse", "delayCostPerMonth", "Cost of a month's delay", 30000, "What waiting for hires costs the business."),
    ];

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Included { get; } = new(StringComparer.Ordinal);

    public List<string> Errors { get; } = [];

    public CostResult? Result { get; private set; }

    public string? ChartSvgDataUri { get; private set; }

    public string Horizon { get; private set; } = "24";

    public string Volatility { get; private set; } = "medium";

    public void OnGet(CancellationToken cancellationToken)
    {
        var query = Request.Query;
        var submitted = query.ContainsKey("horizonMonths");
        Horizon = submitted ? query["horizonMonths"].ToString() : "24";
        Volatility = submitted ? query["volatility"].ToString() : "medium";
        foreach (var (id, _) in OptionTitles)
        {
            if (!submitted || query["include"].Contains(id))
            {
                Included.Add(id);
            }
        }

        foreach (var p in Parameters)
        {
            var name = Name(p);
            Values[name] = submitted && query.ContainsKey(name) ? query[name].ToString() : p.Default.ToString(CultureInfo.InvariantCulture);
        }

        if (Included.Count == 0)
        {
            Errors.Add("Include at least one option.");
            return;
        }

        var scenario = SimulateCost.ReadText(BuildJson(), "what-if");
        var simulated = scenario.HasValue
            ? SimulateCost.Simulate(scenario.Value, Trials, Seed, cancellationToken: cancellationToken)
            : scenario.Fail<CostResult>();
        if (!simulated.HasValue)
        {
            Errors.AddRange(simulated.Diagnostics.Where(d => d.IsError).Select(d => d.Location?.Field is { } f ? $"{f}: {d.Message}" : d.Message));
            return;
        }

        Result = simulated.Value;
        ChartSvgDataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(CostChart.ToSvg(Result, 860, 420)));
    }

    public static string Name(Parameter p) => $"{p.Option}.{p.Key}";

    private string BuildJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            WriteNumberOrText(writer, "horizonMonths", Horizon);
            writer.WriteString("volatility", Volatility);
            writer.WriteStartObject("options");
            foreach (var (id, _) in OptionTitles.Where(o => Included.Contains(o.Id)))
            {
                writer.WriteStartObject(id);
                foreach (var p in Parameters.Where(p => p.Option == id))
                {
                    WriteNumberOrText(writer, p.Key, Values[Name(p)]);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // Text that is not a number goes through as text, so the scenario reader names the field in its message.
    private static void WriteNumberOrText(Utf8JsonWriter writer, string key, string value)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            writer.WriteNumber(key, number);
        }
        else
        {
            writer.WriteString(key, value);
        }
    }
}
