using System.Globalization;
using System.Text.Json;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Profiles;
using Sourcewise.Documents.Scenarios;
using Sourcewise.Profiles;

namespace Sourcewise.Application.Decisions;

/// <summary>Reads a decision to save from JSON (the body of <c>POST /api/decisions</c>).</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class NewDecisionReader
{
    private static readonly string[] Keys = ["title", "profile", "costScenario", "reviewBy", "status"];

    /// <summary>Reads <c>{ "title", "profile", "costScenario"?, "reviewBy"?, "status"? }</c>. Never throws for bad
    /// input: every problem is a diagnostic naming its field (<c>profile.stage</c>, <c>costScenario.horizonMonths</c>).</summary>
    /// <param name="json">The request body.</param>
    public static Result<NewDecision> Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            return Fail("body", $"is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail("body", "must be a JSON object with title and profile");
            }

            var errors = new List<Diagnostic>();
            foreach (var property in root.EnumerateObject())
            {
                if (!Keys.Contains(property.Name, StringComparer.Ordinal))
                {
                    errors.Add(Error(property.Name, $"unknown key '{property.Name}'; accepted keys: {string.Join(", ", Keys)}"));
                }
            }

            string? title = null;
            if (!root.TryGetProperty("title", out var titleElement) || titleElement.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(titleElement.GetString()))
            {
                errors.Add(Error("title", "is required: a short text naming the decision"));
            }
            else if ((title = titleElement.GetString()!.Trim()).Length > NewDecision.MaxTitleLength)
            {
                errors.Add(Error("title", "is longer than 300 characters"));
            }

            WorkProfile? profile = null;
            if (!root.TryGetProperty("profile", out var profileElement) || profileElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add(Error("profile", "is required: a work profile object with at least a name"));
            }
            else
            {
                var read = WorkProfileReader.ReadText(profileElement.GetRawText(), "profile");
                if (read.Success)
                {
                    profile = read.Value;
                }
                else
                {
                    errors.AddRange(read.Diagnostics.Where(d => d.IsError).Select(d =>
                        d with { Location = new SourceLocation(null, Field: "profile." + (d.Location?.Field ?? "")) }));
                }
            }

            string? costScenario = null;
            if (root.TryGetProperty("costScenario", out var costElement) && costElement.ValueKind != JsonValueKind.Null)
            {
                if (costElement.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(Error("costScenario", "must be a cost scenario object"));
                }
                else
                {
                    var scenario = CostScenarioReader.ReadText(costElement.GetRawText(), "costScenario");
                    if (scenario.Success)
                    {
                        costScenario = costElement.GetRawText();
                    }
                    else
                    {
                        errors.AddRange(scenario.Diagnostics.Where(d => d.IsError).Select(d =>
                            d with { Location = new SourceLocation(null, Field: "costScenario." + (d.Location?.Field ?? "")) }));
                    }
                }
            }

            DateOnly? reviewBy = null;
            if (root.TryGetProperty("reviewBy", out var reviewElement) && reviewElement.ValueKind != JsonValueKind.Null)
            {
                if (reviewElement.ValueKind == JsonValueKind.String
                    && DateOnly.TryParseExact(reviewElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    reviewBy = date;
                }
                else
                {
                    errors.Add(Error("reviewBy", "must be a date written YYYY-MM-DD"));
                }
            }

            var status = DecisionStatuses.Proposed;
            if (root.TryGetProperty("status", out var statusElement) && statusElement.ValueKind != JsonValueKind.Null)
            {
                if (statusElement.ValueKind == JsonValueKind.String && DecisionStatuses.IsValid(statusElement.GetString()))
                {
                    status = statusElement.GetString()!;
                }
                else
                {
                    errors.Add(Error("status", $"must be one of: {string.Join(", ", DecisionStatuses.All)}"));
                }
            }

            return errors.Count > 0
                ? Result<NewDecision>.Fail(errors)
                : Result<NewDecision>.Ok(new NewDecision(title!, profile!, costScenario, reviewBy, status));
        }
    }

    private static Diagnostic Error(string field, string message) =>
        Diagnostic.Error("invalid-value", message, new SourceLocation(null, Field: field));

    private static Result<NewDecision> Fail(string field, string message) => Result<NewDecision>.Fail(Error(field, message));
}
