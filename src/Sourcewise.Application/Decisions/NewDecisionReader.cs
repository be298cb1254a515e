using System.Globalization;
using System.Text.Json;
using Sourcewise.Decisions;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Profiles;
using Sourcewise.Documents.Scenarios;
using Sourcewise.Profiles;
using Sourcewise.Text;

namespace Sourcewise.Application.Decisions;

/// <summary>Reads a decision to save from JSON (the body of <c>POST /api/decisions</c>).</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class NewDecisionReader
{
    private static readonly string[] Keys = ["title", "profile", "costScenario", "reviewBy", "status", "chosen", "start", "seed", "contractCheck"];

    /// <summary>Reads <c>{ "title", "profile", "costScenario"?, "reviewBy"?, "status"?, "chosen"?, "start"?, "seed"?,
    /// "contractCheck"? }</c> (<c>contractCheck</c>: the JSON answer of a proposal check, attached as it is). Never throws for bad
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

            EngagementModel? chosen = null;
            if (root.TryGetProperty("chosen", out var chosenElement) && chosenElement.ValueKind != JsonValueKind.Null)
            {
                if (chosenElement.ValueKind == JsonValueKind.String && EngagementModels.TryParse(chosenElement.GetString(), out var model))
                {
                    chosen = model;
                }
                else
                {
                    var text = chosenElement.ValueKind == JsonValueKind.String ? chosenElement.GetString()! : chosenElement.GetRawText();
                    errors.Add(Error("chosen", $"must be one of {string.Join(", ", EngagementModels.Ids)}, got '{text}'{Suggestions.DidYouMean(text, EngagementModels.Ids)}"));
                }
            }

            YearMonth? start = null;
            if (root.TryGetProperty("start", out var startElement) && startElement.ValueKind != JsonValueKind.Null)
            {
                if (startElement.ValueKind == JsonValueKind.String && YearMonth.TryParse(startElement.GetString(), out var month))
                {
                    start = month;
                }
                else
                {
                    errors.Add(Error("start", "must be the engagement's first month written YYYY-MM"));
                }
            }

            long? seed = null;
            if (root.TryGetProperty("seed", out var seedElement) && seedElement.ValueKind != JsonValueKind.Null)
            {
                if (seedElement.ValueKind == JsonValueKind.Number && seedElement.TryGetInt64(out var s) && s >= 0)
                {
                    seed = s;
                }
                else
                {
                    errors.Add(Error("seed", "must be a whole number 0 or more"));
                }

                if (costScenario is null)
                {
                    errors.Add(Error("seed", "needs a costScenario to seed"));
                }
            }

            string? contractCheck = null;
            if (root.TryGetProperty("contractCheck", out var checkElement) && checkElement.ValueKind != JsonValueKind.Null)
            {
                if (checkElement.ValueKind == JsonValueKind.Object && checkElement.TryGetProperty("actualModel", out _))
                {
                    contractCheck = checkElement.GetRawText();
                }
                else
                {
                    errors.Add(Error("contractCheck", "must be the JSON answer of POST /api/check (an object with actualModel)"));
                }
            }

            return errors.Count > 0
                ? Result<NewDecision>.Fail(errors)
                : Result<NewDecision>.Ok(new NewDecision(title!, profile!, costScenario, reviewBy, status, chosen, start, seed, contractCheck));
        }
    }

    private static Diagnostic Error(string field, string message) =>
        Diagnostic.Error("invalid-value", message, new SourceLocation(null, Field: field));

    private static Result<NewDecision> Fail(string field, string message) => Result<NewDecision>.Fail(Error(field, message));
}
