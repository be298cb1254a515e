using System.Globalization;
using Sourcewise.Application.Portfolios;
using Sourcewise.Portfolio;
using Sourcewise.Reports.Portfolio;
using Spectre.Console;

namespace Sourcewise.Cli.Portfolio;

/// <summary>The terminal view of a portfolio: the summary by model, the findings, then the first rows.</summary>
internal static class PortfolioTextView
{
    public static void Render(IAnsiConsole console, string name, PortfolioSummary summary,
        IReadOnlyList<PortfolioFinding> findings, IReadOnlyList<AssessedWorkstream> firstRows)
    {
        console.Write(new Sourcewise.Cli.Views.Heading($"[bold]Portfolio[/] {Markup.Escape(name)}"));
        var counts = new Table().Border(TableBorder.Rounded).AddColumn("Recommendation").AddColumn(new TableColumn("Workstreams").RightAligned())
            .AddColumn(new TableColumn("Share").RightAligned());
        foreach (var (id, count) in summary.Counts())
        {
            var share = summary.Assessed == 0 ? 0 : 100.0 * count / summary.Assessed;
            counts.AddRow(Colour(id), N(count), share.ToString("0", CultureInfo.InvariantCulture) + "%");
        }

        counts.AddRow("[bold]assessed[/]", $"[bold]{N(summary.Assessed)}[/]", string.Empty);
        if (summary.Failed > 0)
        {
            counts.AddRow("[red]rows not read[/]", $"[red]{N(summary.Failed)}[/]", string.Empty);
        }

        console.Write(counts);
        console.WriteLine();
        if (findings.Count == 0)
        {
            console.MarkupLine("[green]No portfolio-level findings.[/]");
        }
        else
        {
            console.MarkupLine("[bold]Findings[/]");
            foreach (var finding in findings)
            {
                console.MarkupLine($"  [yellow]![/] [bold]{Markup.Escape(finding.Id)}[/] ({N(finding.Count)}): {Markup.Escape(finding.Message)}");
            }
        }

        console.WriteLine();
        var rows = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("Row").RightAligned()).AddColumn("Workstream")
            .AddColumn("Recommendation").AddColumn("Runner-up").AddColumn(new TableColumn("Margin").RightAligned()).AddColumn("Mistakes");
        foreach (var row in firstRows.Select(r => PortfolioRowFacts.From(r.Row, r.Assessment)))
        {
            rows.AddRow(N(row.Row), Markup.Escape(row.Name),
                row.Recommendation == PortfolioAggregator.CloseCallId
                    ? $"[yellow]close call[/] (leans {Colour(row.BestFit)})"
                    : Colour(row.Recommendation),
                Markup.Escape(row.RunnerUp), PortfolioCsv.Number(row.Margin),
                row.MistakeIds.Count == 0 ? "–" : Markup.Escape(string.Join(", ", row.MistakeIds)));
        }

        console.Write(rows);
        if (summary.Assessed > firstRows.Count)
        {
            console.MarkupLine($"[grey]Showing the first {N(firstRows.Count)} of {N(summary.Assessed)} workstreams; " +
                "use --format csv, json or markdown for every row.[/]");
        }
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Colour(string id) => id switch
    {
        EngagementModels.StaffAugmentationId => $"[cyan]{id}[/]",
        EngagementModels.ProjectOutsourcingId => $"[magenta]{id}[/]",
        EngagementModels.ManagedServicesId => $"[blue]{id}[/]",
        _ => $"[yellow]{Markup.Escape(id)}[/]",
    };
}
