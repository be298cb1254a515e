using Sourcewise.Application.Cost;
using Sourcewise.Documents.Profiles;
using Sourcewise.Reports.Decisions;
using Sourcewise.Reports.Documents;
using Sourcewise.Reports.Json;
using Sourcewise.Reports.Rendering;

namespace Sourcewise.Application.Decisions;

/// <summary>Use case: a saved decision as a decision document, from exactly what was saved (the stored assessment,
/// not a new one), with the cost section simulated with <see cref="CostDefaults"/> and the record seed.</summary>
/// <param name="queries">Reads the decision.</param>
public sealed class RenderSavedDecision(DecisionQueries queries)
{
    /// <summary>The document; not found for an unknown id, invalid when what was stored no longer reads.</summary>
    /// <param name="id">The decision's id.</param>
    /// <param name="format">The document's format.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<RenderedDocument>> RenderAsync(string id, ReportFormat format, CancellationToken cancellationToken)
    {
        var decision = await queries.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (!decision.HasValue)
        {
            return decision.Fail<RenderedDocument>();
        }

        var document = Build(decision.Value, cancellationToken);
        return document.HasValue ? DecisionRecords.Render(document.Value, format) : document.Fail<RenderedDocument>();
    }

    /// <summary>The document of a saved decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="cancellationToken">Cancels the cost simulation.</param>
    public static Outcome<ReportDocument> Build(SavedDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var profile = WorkProfileReader.ReadText(decision.ProfileJson, "profile");
        if (!profile.Success)
        {
            return Outcome<ReportDocument>.Invalid(profile.Diagnostics);
        }

        var assessment = AssessmentJson.Read(decision.AssessmentJson, profile.Value);
        if (!assessment.Success)
        {
            return Outcome<ReportDocument>.Invalid(assessment.Diagnostics);
        }

        DecisionCost? cost = null;
        if (decision.CostScenarioJson is { } json && SimulateCost.ReadText(json, "costScenario") is { HasValue: true } scenario)
        {
            var result = SimulateCost.Simulate(scenario.Value, CostDefaults.Trials, CostDefaults.RecordSeed,
                cancellationToken: cancellationToken);
            cost = result.HasValue ? DecisionRecords.CostSection(result.Value) : null;
        }

        return Outcome<ReportDocument>.Ok(DecisionRecordBuilder.Build(new DecisionRequest
        {
            Profile = profile.Value,
            Assessment = assessment.Value,
            Date = DateOnly.FromDateTime(decision.CreatedAt.UtcDateTime),
            ReviewBy = decision.ReviewBy,
            Title = decision.Title,
            Status = decision.Status,
            Models = DecisionInputs.Models(),
            Cost = cost,
        }));
    }

    /// <summary>The file name a download of the document gets: <c>decision-XXXXXXXX.ext</c>.</summary>
    public static string FileName(SavedDecision decision, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return $"decision-{decision.Id[..Math.Min(8, decision.Id.Length)]}{ReportRenderer.Extension(format)}";
    }
}
