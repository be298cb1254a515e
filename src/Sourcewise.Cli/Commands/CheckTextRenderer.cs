using Sourcewise.Reports.Checks;
using Sourcewise.Signals;
using Spectre.Console;

namespace Sourcewise.Cli.Commands;

/// <summary>The terminal report of a check: claim against substance first, findings, then signals by dimension.</summary>
internal static class CheckTextRenderer
{
    private const int QuoteLength = 240;

    public static void Render(IAnsiConsole console, ContractCheck check)
    {
        console.MarkupLine($"[bold]Proposal check[/]: {Markup.Escape(check.Document)}");
        var claim = check.Claim is { } c
            ? c.Source switch
            {
                ClaimSource.Document => $"{c.Model.ToId()} (the document calls itself \"{c.Phrase}\"{(c.Evidence is { } e ? $", {CheckMarkdownWriter.Where(e)}" : string.Empty)})",
                ClaimSource.Option => $"{c.Model.ToId()} (--claimed)",
                _ => $"{c.Model.ToId()} (questionnaire)",
            }
            : "no model stated";
        console.MarkupLine($"  Claims:             {Markup.Escape(claim)}");
        var colour = check.IsMismatch ? "red" : check.ActualModel is null ? "yellow" : "green";
        console.MarkupLine($"  Actually describes: [{colour}]{check.Classification.ActualModelId}[/]");
        console.MarkupLine($"  Why:                {Markup.Escape(check.Classification.Reason)}");
        console.MarkupLine("  Scores:             " + string.Join(" · ", EngagementModels.All.Select(m =>
            $"{m.ToId()} {check.Classification.Scores.GetValueOrDefault(m):0.#}")));
        console.WriteLine();
        console.MarkupLine($"[bold]Findings[/] ({check.Findings.Length})");
        if (check.Findings.Length == 0)
        {
            console.MarkupLine("  none");
        }

        foreach (var f in check.Findings)
        {
            var sev = f.Severity switch
            {
                FindingSeverity.Error => "[red]error  [/]",
                FindingSeverity.Warning => "[yellow]warning[/]",
                _ => "[grey]info   [/]",
            };
            console.MarkupLine($"  {sev} [bold]{f.Id}[/]");
            console.MarkupLine($"          {Markup.Escape(f.Message)}");
            console.MarkupLine($"          [dim]Next step:[/] {Markup.Escape(f.Ask)}");
            foreach (var e in f.Evidence.Take(2))
            {
                console.MarkupLine($"          \"{Markup.Escape(Shorten(e.Text))}\" ({CheckMarkdownWriter.Where(e)})");
            }
        }

        console.WriteLine();
        console.MarkupLine($"[bold]Signals[/] ({check.Signals.Length} of {SignalCatalogue.Default.Signals.Length})");
        foreach (var group in check.Signals.GroupBy(s => s.Definition.Dimension))
        {
            console.MarkupLine($"  [underline]{Markup.Escape(group.Key)}[/]");
            foreach (var s in group)
            {
                var towards = s.Definition.PrimaryModel?.ToId() ?? "exit";
                console.MarkupLine($"    {s.Id} → {towards} ({CheckJsonWriter.StrengthId(s.Definition.Strength)}, {s.Occurrences}×)");
                foreach (var e in s.Evidence.Take(2))
                {
                    console.MarkupLine($"      \"{Markup.Escape(Shorten(e.Text))}\" ({CheckMarkdownWriter.Where(e)})");
                }
            }
        }
    }

    public static void RenderSummary(IAnsiConsole console, string directory, IReadOnlyList<ContractCheck> checks,
        IReadOnlyList<(string Document, string Error)> errors)
    {
        var table = new Table().Title($"Proposal check: {Markup.Escape(directory)}")
            .AddColumn("document").AddColumn("claimed").AddColumn("actual").AddColumn("findings");
        foreach (var c in checks)
        {
            table.AddRow(
                Markup.Escape(Path.GetRelativePath(directory, c.Document)),
                Markup.Escape(c.Claim?.Model.ToId() ?? "–"),
                (c.IsMismatch ? "[red]" : "[default]") + Markup.Escape(c.Classification.ActualModelId) + "[/]",
                Markup.Escape(string.Join(", ", c.Findings.Select(f => f.Id))));
        }

        foreach (var (document, error) in errors)
        {
            table.AddRow(Markup.Escape(Path.GetRelativePath(directory, document)), "–", "[red]not read[/]", Markup.Escape(error));
        }

        console.Write(table);
        var summary = CheckSummary.From(checks, errors.Count);
        console.MarkupLine($"{summary.Checked} checked, {summary.Failed} failed, {summary.Mismatches} not what they claim; " +
            string.Join(", ", summary.ActualModels.Select(p => $"{p.Model} {p.Count}")));
    }

    private static string Shorten(string text) =>
        text.Length <= QuoteLength ? text : string.Concat(text.AsSpan(0, QuoteLength), "…");
}
