using System.Text.Json;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Profiles;
using Sourcewise.Reports.Decisions;
using Sourcewise.Reports.Documents;
using Sourcewise.Reports.Rendering;
using Sourcewise.Web.Assessments;
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

        using var assessment = JsonDocument.Parse(decision.AssessmentJson);
        var request = new DecisionRequest
        {
            Profile = profile.Value!,
            Assessment = AssessmentView.From(assessment.RootElement).ToDecisionAssessment(),
            Date = DateOnly.FromDateTime(decision.CreatedAt),
            ReviewBy = decision.ReviewBy,
            Title = decision.Title,
            Status = decision.Status,
        };
        var document = DecisionRecordBuilder.Build(request);
        return Result<byte[]>.Ok(ReportRenderer.Render(document, format));
    }

    public static string FileName(DecisionEntity decision, ReportFormat format) =>
        $"decision-{decision.Id[..8]}{ReportRenderer.Extension(format)}";
}
