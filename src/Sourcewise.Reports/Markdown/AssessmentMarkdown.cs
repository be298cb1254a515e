using System.Globalization;
using System.Text;
using Sourcewise.Assessments;

namespace Sourcewise.Reports.Markdown;

/// <summary>Renders an <see cref="Assessment"/> as Markdown: recommendation, scores, contributions with reasons,
/// close-call advice, tipping points, stage guidance, mistakes and unknowns.</summary>
/// <remarks>Thread-safe.</remarks>
public static class AssessmentMarkdown
{
    /// <summary>Returns the assessment as Markdown.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="headingLevel">The level of the title heading (1 to 4); sections are one level below.</param>
    public static string Render(Assessment assessment, int headingLevel = 1)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentOutOfRangeException.ThrowIfLessThan(headingLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(headingLevel, 4);
        var h1 = new string('#', headingLevel);
        var h2 = new string('#', headingLevel + 1);
        var sb = new StringBuilder();
        sb.Append(h1).Append(" Assessment: ").Append(assessment.Name).Append("\n\n");
        if (assessment.IsCloseCall)
        {
            sb.Append("**Recommendation: close call** between ").Append(Name(assessment.BestFit)).Append(" (`")
                .Append(assessment.BestFit.ToId()).Append("`) and ").Append(Name(assessment.RunnerUp)).Append(" (`")
                .Append(assessment.RunnerUp.ToId()).Append("`): the margin of ").Append(MarkdownText.Number(assessment.Margin))
                .Append(" is below the threshold of ").Append(MarkdownText.Number(assessment.CloseCallThreshold)).Append(".\n\n");
            sb.Append("What would settle it: ").Append(assessment.CloseCallAdvice).Append("\n\n");
        }
        else
        {
            sb.Append("**Recommendation: ").Append(Name(assessment.BestFit)).Append("** (`").Append(assessment.Recommendation)
                .Append("`), ahead of ").Append(Name(assessment.RunnerUp)).Append(" by ")
                .Append(MarkdownText.Number(assessment.Margin)).Append(" points.\n\n");
        }

        sb.Append("Confidence: ").Append(Level(assessment.ConfidenceLevel)).Append(" (")
            .Append(assessment.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append(")");
        if (assessment.Considering is { } considering)
        {
            sb.Append(". On the table: ").Append(Name(considering)).Append(" (`").Append(considering.ToId()).Append("`)");
        }

        sb.Append(".\n\n");
        sb.Append(h2).Append(" Scores\n\n| model | score |\n|---|---:|\n");
        foreach (var model in EngagementModels.All)
        {
            sb.Append("| ").Append(Name(model)).Append(model == assessment.BestFit ? " (best fit)" : model == assessment.RunnerUp ? " (runner-up)" : "")
                .Append(" | ").Append(MarkdownText.Number(assessment.Scores[model])).Append(" |\n");
        }

        sb.Append('\n').Append(h2).Append(" Why\n\n")
            .Append("| factor | staff-augmentation | project-outsourcing | managed-services | reason |\n|---|---:|---:|---:|---|\n");
        foreach (var group in ContributionGroup.From(assessment.Contributions))
        {
            sb.Append("| `").Append(group.Factor).Append("` | ").Append(Cell(group.Points.StaffAugmentation)).Append(" | ")
                .Append(Cell(group.Points.ProjectOutsourcing)).Append(" | ").Append(Cell(group.Points.ManagedServices))
                .Append(" | ").Append(MarkdownText.Cell(group.Reason)).Append(" |\n");
        }

        sb.Append('\n').Append(h2).Append(" Tipping points\n\n");
        if (assessment.TippingPoints.IsEmpty)
        {
            sb.Append("No single answer, changed on its own, would change the recommendation.\n");
        }
        else
        {
            sb.Append("Each row is one answer that, changed on its own, changes the recommendation.\n\n")
                .Append("| factor | now | if | recommendation becomes |\n|---|---|---|---|\n");
            foreach (var tip in assessment.TippingPoints)
            {
                sb.Append("| `").Append(tip.Factor).Append("` | ").Append(Value(tip.From)).Append(" | ").Append(Value(tip.To))
                    .Append(" | ").Append(tip.NewRecommendation).Append(" |\n");
            }
        }

        sb.Append('\n').Append(h2).Append(" Stage guidance\n\n").Append(assessment.StageGuidance).Append('\n');
        sb.Append('\n').Append(h2).Append(" Mistakes to avoid\n\n");
        if (assessment.Mistakes.IsEmpty)
        {
            sb.Append("None of the known model-selection mistakes applies.\n");
        }
        else
        {
            foreach (var mistake in assessment.Mistakes)
            {
                sb.Append("- **").Append(mistake.SeverityId).Append("** `").Append(mistake.Id).Append("`: ").Append(mistake.Message)
                    .Append(' ').Append(mistake.Why).Append('\n');
            }
        }

        if (!assessment.Unknowns.IsEmpty)
        {
            sb.Append('\n').Append(h2).Append(" To find out\n\n");
            foreach (var unknown in assessment.Unknowns)
            {
                sb.Append("- `").Append(unknown.Factor).Append("`: ").Append(unknown.Question).Append(' ').Append(unknown.Why);
                if (unknown.CouldChangeRecommendation)
                {
                    sb.Append(" **The answer could change the recommendation.**");
                }

                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Cell(double points) => points == 0 ? string.Empty : MarkdownText.Points(points);

    private static string Name(EngagementModel model) => model.ToDisplayName();

    private static string Level(ConfidenceLevel level) => level switch
    {
        ConfidenceLevel.High => "high",
        ConfidenceLevel.Medium => "medium",
        _ => "low",
    };

    private static string Value(object? value) => value is null ? "_unknown_" : "`" + AssessmentText.FormatValue(value) + "`";
}
