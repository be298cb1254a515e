using Sourcewise.CostModel;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Scenarios;
using Sourcewise.Reports.Charts;
using Sourcewise.Documents.Profiles;
using Sourcewise.Reports.Decisions;
using Sourcewise.Reports.Documents;
using Sourcewise.Reports.Json;
using Sourcewise.Reports.Rendering;
using Sourcewise.Web.Storage;

namespace Sourcewise.Web.Decisions;

/// <summary>Renders a saved decision as a decision document, from exactly what was saved.</summary>
internal static class DecisionReports
{
    public static Result<byte[]> Render(DecisionEntity decision, ReportFormat format)
    {
        var profile = WorkProfileReader.ReadText(decision.ProfileJson, "profile");
        if (!profile.Success)
        {
            return Result<byte[]>.Fail(profile.Diagnostics);
        }

        var assessment = AssessmentJson.Read(decision.AssessmentJson, profile.Value!);
        if (!assessment.Success)
        {
            return Result<byte[]>.Fail(assessment.Diagnostics);
        }

        var request = new DecisionRequest
        {
            Profile = profile.Value!,
            Assessment = assessment.Value,
            Date = DateOnly.FromDateTime(decision.CreatedAt),
            ReviewBy = decision.ReviewBy,
            Title = decision.Title,
            Status = decision.Status,
            Models = DecisionInputs.Models(),
            Cost = decision.CostScenarioJson is { } scenario ? Cost(scenario) : null,
        };
        var document = DecisionRecordBuilder.Build(request);
        return Result<byte[]>.Ok(ReportRenderer.Render(document, format));
    }

    /// <summary>Trials behind the cost section of a decision document (fixed seed, so the document is repeatable): the
    /// one default of every host, as <c>sourcewise report --cost</c>.</summary>
    public const int CostTrials = Sourcewise.Application.Cost.CostDefaults.Trials;

    private static DecisionCost? Cost(string scenarioJson)
    {
        var scenario = CostScenarioReader.ReadText(scenarioJson, "costScenario");
        if (!scenario.Success)
        {
            return null;
        }

        var result = new CostSimulator().Simulate(scenario.Value!, new CostSimulationOptions { Trials = CostTrials, Seed = Sourcewise.Application.Cost.CostDefaults.RecordSeed });
        return DecisionInputs.FromCost(result, CostChart.ToSvg(result), CostChart.ToPng(result), CostChart.DefaultWidth,
            CostChart.DefaultHeight);
    }

    public static string FileName(DecisionEntity decision, ReportFormat format) =>
        $"decision-{decision.Id[..8]}{ReportRenderer.Extension(format)}";
}
