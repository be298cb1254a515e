using System.Globalization;
using Sourcewise.Assessments;
using Spectre.Console;

namespace Sourcewise.Cli.Views;

/// <summary>The terminal view of an assessment: headline, scores, reasons, close call, tipping points, stage guidance,
/// mistakes and what to find out.</summary>
internal static class AssessmentConsoleView
{
    public static void Write(IAnsiConsole console, Assessment a)
    {
        var colour = a.IsCloseCall ? "yellow" : "green";
        console.Write(new Heading($"[bold]{Markup.Escape(a.Name)}[/]"));
        if (a.IsCloseCall)
        {
            console.MarkupLine($"[bold {colour}]Close call[/] between [bold]{Name(a.BestFit)}[/] and [bold]{Name(a.RunnerUp)}[/]: " +
                $"margin {Number(a.Margin)} is below the threshold of {Number(a.CloseCallThreshold)}.");
        }
        else
        {
            console.MarkupLine($"Recommendation: [bold {colour}]{Name(a.BestFit)}[/] [grey]({a.Recommendation})[/]");
            console.MarkupLine($"Runner-up: {Name(a.RunnerUp)}, behind by [bold]{Number(a.Margin)}[/] points " +
                $"[grey](close-call threshold {Number(a.CloseCallThreshold)})[/]");
        }

        var confidenceColour = a.ConfidenceLevel switch
        {
            ConfidenceLevel.High => "green",
            ConfidenceLevel.Medium => "yellow",
            _ => "red",
        };
        var considering = a.Considering is { } c ? $"; on the table: {Name(c)}" : string.Empty;
        console.MarkupLine($"Confidence: [{confidenceColour}]{a.ConfidenceLevel.ToId()}[/] ({a.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}){Markup.Escape(considering)}");
        if (a.IsCloseCall && a.CloseCallAdvice is { } advice)
        {
            console.MarkupLine($"[bold]What would settle it:[/] {Markup.Escape(advice)}");
        }

        console.WriteLine();
        var scores = new Table().Border(TableBorder.Rounded).Title("Scores");
        scores.AddColumn("model");
        scores.AddColumn(new TableColumn("score").RightAligned());
        scores.AddColumn(string.Empty);
        foreach (var model in EngagementModels.All)
        {
            var tag = model == a.BestFit ? "[green]best fit[/]" : model == a.RunnerUp ? "runner-up" : string.Empty;
            scores.AddRow(new Markup(Markup.Escape(model.ToId())), new Markup(Number(a.Scores[model])), new Markup(tag));
        }

        console.Write(scores);

        var why = new Table().Border(TableBorder.Rounded).Title("Why: what each answer gave each model");
        why.AddColumn("factor");
        why.AddColumn(new TableColumn("aug.").RightAligned());
        why.AddColumn(new TableColumn("outs.").RightAligned());
        why.AddColumn(new TableColumn("man.").RightAligned());
        why.AddColumn("reason");
        foreach (var group in ContributionGroup.From(a.Contributions))
        {
            why.AddRow(new Markup(Markup.Escape(group.Factor)), PointsCell(group.Points.StaffAugmentation),
                PointsCell(group.Points.ProjectOutsourcing), PointsCell(group.Points.ManagedServices),
                new Markup(Markup.Escape(group.Reason)));
        }

        why.Caption("[grey]aug. = staff-augmentation, outs. = project-outsourcing, man. = managed-services[/]");
        console.Write(why);

        if (a.TippingPoints.IsEmpty)
        {
            console.MarkupLine("[bold]Tipping points:[/] none. No single answer, changed on its own, changes the recommendation.");
        }
        else
        {
            var tips = new Table().Border(TableBorder.Rounded).Title("Tipping points: one answer changed on its own");
            tips.AddColumn("factor");
            tips.AddColumn("now");
            tips.AddColumn("if");
            tips.AddColumn("recommendation becomes");
            foreach (var tip in a.TippingPoints)
            {
                tips.AddRow(Markup.Escape(tip.Factor), Markup.Escape(AssessmentText.FormatValue(tip.From)),
                    Markup.Escape(AssessmentText.FormatValue(tip.To)), Markup.Escape(tip.NewRecommendation));
            }

            console.Write(tips);
        }

        console.WriteLine();
        console.MarkupLine($"[bold]Stage guidance:[/] {Markup.Escape(a.StageGuidance)}");
        console.WriteLine();
        if (a.Mistakes.IsEmpty)
        {
            console.MarkupLine("[bold]Mistakes:[/] [green]none of the known model-selection mistakes applies.[/]");
        }
        else
        {
            console.MarkupLine("[bold]Mistakes:[/]");
            foreach (var mistake in a.Mistakes)
            {
                var mistakeColour = mistake.Severity == MistakeSeverity.Error ? "red" : "yellow";
                console.MarkupLine($"  [{mistakeColour}]{mistake.SeverityId}[/] [bold]{Markup.Escape(mistake.Id)}[/]: " +
                    $"{Markup.Escape(mistake.Message)} [grey]{Markup.Escape(mistake.Why)}[/]");
            }
        }

        if (!a.Unknowns.IsEmpty)
        {
            console.WriteLine();
            console.MarkupLine("[bold]To find out:[/]");
            foreach (var unknown in a.Unknowns)
            {
                var flag = unknown.CouldChangeRecommendation ? " [yellow](could change the recommendation)[/]" : string.Empty;
                console.MarkupLine($"  [bold]{Markup.Escape(unknown.Factor)}[/]: {Markup.Escape(unknown.Question)}{flag} " +
                    $"[grey]{Markup.Escape(unknown.Why)}[/]");
            }
        }
    }

    private static Markup PointsCell(double value) => value == 0
        ? new Markup(string.Empty)
        : new Markup($"[{(value > 0 ? "green" : "red")}]{Points(value)}[/]");

    private static string Name(EngagementModel model) => Markup.Escape(model.ToDisplayName());

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Points(double value) => value.ToString(value > 0 ? "+0.##" : "0.##", CultureInfo.InvariantCulture);
}
