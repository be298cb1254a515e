using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Sourcewise.Diagnostics;

namespace Sourcewise.Decisions;

/// <summary>The thresholds of a decision review, read from <c>Data/review-rules.json</c>: which status each reason calls
/// for and when it fires. Immutable and thread-safe.</summary>
public sealed record ReviewRules
{
    /// <summary>Status when cumulative spend is above the band.</summary>
    public ReviewStatus AboveBandStatus { get; init; } = ReviewStatus.Drifting;

    /// <summary>Spend above p90 by at least this share of p90 reopens the decision (0.25 = 25%).</summary>
    public double AboveBandReopenShare { get; init; } = 0.25;

    /// <summary>Status when cumulative spend is below the band.</summary>
    public ReviewStatus BelowBandStatus { get; init; } = ReviewStatus.Drifting;

    /// <summary>Status when change requests run above the expected rate.</summary>
    public ReviewStatus ChangeRequestStatus { get; init; } = ReviewStatus.Drifting;

    /// <summary>Change requests fire when at least this multiple of the expected number…</summary>
    public double ChangeRequestRatio { get; init; } = 1.5;

    /// <summary>…and at least this many more than expected.</summary>
    public double ChangeRequestMinimumExcess { get; init; } = 2;

    /// <summary>Status when SLA breaches occur in the recent window.</summary>
    public ReviewStatus SlaStatus { get; init; } = ReviewStatus.Drifting;

    /// <summary>The recent window, in months up to the latest month entered.</summary>
    public int SlaWindowMonths { get; init; } = 3;

    /// <summary>Breaches in the window that fire the reason.</summary>
    public int SlaBreachesInWindow { get; init; } = 1;

    /// <summary>Months with a breach, within <see cref="SlaReopenWindowMonths"/>, that reopen the decision.</summary>
    public int SlaReopenMonthsWithBreaches { get; init; } = 3;

    /// <summary>The window for <see cref="SlaReopenMonthsWithBreaches"/>.</summary>
    public int SlaReopenWindowMonths { get; init; } = 6;

    /// <summary>Status when attrition runs above the assumed rate.</summary>
    public ReviewStatus AttritionStatus { get; init; } = ReviewStatus.Drifting;

    /// <summary>Departures per engineer per year assumed when the decision does not say.</summary>
    public double DefaultAttritionPerHeadPerYear { get; init; } = 0.15;

    /// <summary>Attrition fires when at least this multiple of the expected departures…</summary>
    public double AttritionRatio { get; init; } = 1.5;

    /// <summary>…and at least this many more than expected.</summary>
    public double AttritionMinimumExcess { get; init; } = 1;

    /// <summary>Status when the recommendation changed.</summary>
    public ReviewStatus RecommendationChangedStatus { get; init; } = ReviewStatus.Reopen;

    /// <summary>Status when the review date has passed.</summary>
    public ReviewStatus ReviewDatePassedStatus { get; init; } = ReviewStatus.ReviewDue;

    private static readonly Lazy<ReviewRules> DefaultRules = new(LoadDefault);

    /// <summary>The built-in rules.</summary>
    public static ReviewRules Default => DefaultRules.Value;

    /// <summary>Reads rules in the shape of <c>Data/review-rules.json</c>. Never throws for bad input: each problem
    /// names its field (<c>cost.aboveBandReopenShare</c>).</summary>
    /// <param name="json">The rules.</param>
    /// <param name="source">The file, for messages.</param>
    public static Result<ReviewRules> Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return Result<ReviewRules>.Fail(Diagnostic.Error("invalid-json", e.Message, new SourceLocation(source)));
        }

        using (document)
        {
            var errors = new List<Diagnostic>();
            var root = document.RootElement;
            var cost = Section(root, "cost", source, errors);
            var changeRequests = Section(root, "changeRequests", source, errors);
            var sla = Section(root, "slaBreaches", source, errors);
            var attrition = Section(root, "attrition", source, errors);
            var recommendation = Section(root, "recommendationChanged", source, errors);
            var reviewDate = Section(root, "reviewDatePassed", source, errors);
            if (errors.Count > 0)
            {
                return Result<ReviewRules>.Fail(errors);
            }

            var rules = new ReviewRules
            {
                AboveBandStatus = Status(cost, "cost", "aboveBandStatus", source, errors),
                AboveBandReopenShare = Number(cost, "cost", "aboveBandReopenShare", 0, 100, source, errors),
                BelowBandStatus = Status(cost, "cost", "belowBandStatus", source, errors),
                ChangeRequestStatus = Status(changeRequests, "changeRequests", "status", source, errors),
                ChangeRequestRatio = Number(changeRequests, "changeRequests", "ratioOverExpected", 1, 100, source, errors),
                ChangeRequestMinimumExcess = Number(changeRequests, "changeRequests", "minimumExcess", 0, 1000, source, errors),
                SlaStatus = Status(sla, "slaBreaches", "status", source, errors),
                SlaWindowMonths = (int)Number(sla, "slaBreaches", "windowMonths", 1, 120, source, errors),
                SlaBreachesInWindow = (int)Number(sla, "slaBreaches", "breachesInWindow", 1, 10000, source, errors),
                SlaReopenMonthsWithBreaches = (int)Number(sla, "slaBreaches", "reopenMonthsWithBreaches", 1, 120, source, errors),
                SlaReopenWindowMonths = (int)Number(sla, "slaBreaches", "reopenWindowMonths", 1, 120, source, errors),
                AttritionStatus = Status(attrition, "attrition", "status", source, errors),
                DefaultAttritionPerHeadPerYear = Number(attrition, "attrition", "defaultPerHeadPerYear", 0, 12, source, errors),
                AttritionRatio = Number(attrition, "attrition", "ratioOverExpected", 1, 100, source, errors),
                AttritionMinimumExcess = Number(attrition, "attrition", "minimumExcess", 0, 1000, source, errors),
                RecommendationChangedStatus = Status(recommendation, "recommendationChanged", "status", source, errors),
                ReviewDatePassedStatus = Status(reviewDate, "reviewDatePassed", "status", source, errors),
            };
            return errors.Count > 0 ? Result<ReviewRules>.Fail(errors) : Result<ReviewRules>.Ok(rules);
        }
    }

    private static JsonElement Section(JsonElement root, string name, string source, List<Diagnostic> errors)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var section) && section.ValueKind == JsonValueKind.Object)
        {
            return section;
        }

        errors.Add(Error(source, name, "is required: an object"));
        return default;
    }

    private static ReviewStatus Status(JsonElement section, string sectionName, string key, string source, List<Diagnostic> errors)
    {
        if (section.TryGetProperty(key, out var value) && ReviewStatuses.TryParse(value.ValueKind == JsonValueKind.String ? value.GetString() : null, out var status)
            && status != ReviewStatus.OnTrack)
        {
            return status.Value;
        }

        errors.Add(Error(source, $"{sectionName}.{key}", "must be reopen, drifting or review-due"));
        return ReviewStatus.Drifting;
    }

    private static double Number(JsonElement section, string sectionName, string key, double min, double max, string source,
        List<Diagnostic> errors)
    {
        if (section.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            && number >= min && number <= max)
        {
            return number;
        }

        errors.Add(Error(source, $"{sectionName}.{key}",
            string.Create(CultureInfo.InvariantCulture, $"must be a number from {min} to {max}")));
        return min;
    }

    private static Diagnostic Error(string source, string field, string message) =>
        Diagnostic.Error("invalid-value", message, new SourceLocation(source, Field: field));

    private static ReviewRules LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Sourcewise.Data.review-rules.json")
            ?? throw new InvalidOperationException("The built-in review rules are missing from the assembly.");
        using var reader = new StreamReader(stream);
        var result = Parse(reader.ReadToEnd(), "built-in");
        return result.Success
            ? result.Value
            : throw new InvalidOperationException("The built-in review rules are invalid: " + string.Join("; ", result.Diagnostics));
    }
}
