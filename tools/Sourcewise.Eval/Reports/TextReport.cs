using Sourcewise.Eval.Figures;
using Spectre.Console;
using static Sourcewise.Eval.Reports.Format;

namespace Sourcewise.Eval.Reports;

/// <summary>The terminal report: per split, the model figures, a confusion matrix, per-signal and sentence-level
/// tables; then, when asked, the errors of the development split.</summary>
internal static class TextReport
{
    public static void Render(IAnsiConsole console, CheckEvaluation e, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(e);
        console.Profile.Width = Math.Max(console.Profile.Width, 150);
        var listing = new Listing(e, options.ShowBlind);
        console.MarkupLine($"Documents checked: {e.Documents.Length} ({e.Count(true)} scored), missing {e.Missing.Length}, unreadable {e.Failed.Length}; " +
            $"{e.Characters / 1024.0 / 1024.0:0.0} MB in {e.Elapsed.TotalSeconds:0.0} s" +
            (e.SentenceResults.IsEmpty ? string.Empty : $"; {e.SentenceResults.Length} sentences in {e.SentenceElapsed.TotalSeconds:0.0} s"));
        foreach (var input in options.Inputs)
        {
            console.MarkupLine(Markup.Escape(input));
        }

        if (!e.NotInSplits.IsEmpty)
        {
            console.MarkupLine($"[yellow]not in {Markup.Escape(e.SplitSet.Source)}[/] (counted as dev): {Markup.Escape(string.Join(", ", e.NotInSplits))}");
        }

        foreach (var split in e.Splits)
        {
            RenderSplit(console, split);
        }

        if (!listing.UncheckedLabelledDocuments.IsEmpty || listing.HiddenUnchecked > 0)
        {
            var hidden = listing.HiddenUnchecked > 0 ? $" (and {listing.HiddenUnchecked} blind)" : string.Empty;
            console.MarkupLine($"[yellow]labelled but not checked[/] (not in the manifest, missing or unreadable): {Markup.Escape(string.Join(", ", listing.UncheckedLabelledDocuments))}{hidden}");
        }

        foreach (var (path, error) in listing.Failed)
        {
            console.MarkupLine($"[red]unreadable[/] {Markup.Escape(path)}: {Markup.Escape(error)}");
        }

        foreach (var path in listing.Missing)
        {
            console.MarkupLine($"[red]missing[/] {Markup.Escape(path)}");
        }

        if (options.Details)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Documents[/]");
            foreach (var d in listing.Documents)
            {
                var mark = d.Correct ? (d.StrictlyCorrect ? "ok " : "ok*") : "[red]NO[/] ";
                console.MarkupLine($"{mark} {Markup.Escape(d.Predicted),-20} label {Markup.Escape(string.Join(";", d.Acceptable)),-34} {Markup.Escape(d.Split),-5} {Markup.Escape(d.Path)}");
            }

            console.MarkupLine("ok* = accepted only leniently (an out-of-scope document answered undetermined)");
        }

        if (options.Errors || options.Details)
        {
            RenderErrors(console, listing);
        }

        if (listing.HiddenDocuments > 0 && (options.Errors || options.Details))
        {
            console.MarkupLine($"[grey]{listing.HiddenDocuments} blind documents and {listing.HiddenErrors} of their errors are not listed " +
                "(blind split: totals only; --show-blind-errors lists them, not for use while tuning).[/]");
        }
    }

    private static void RenderSplit(IAnsiConsole console, SplitFigures split)
    {
        var m = split.Models;
        console.WriteLine();
        console.Write(new Rule($"[bold]{Markup.Escape(SplitTitle(split.Split, m.Documents))}[/]").LeftJustified());
        console.MarkupLine($"Model: accuracy {Pct(m.Accuracy)} (strict {Pct(m.StrictAccuracy)}); services contracts {Pct(m.ServicesAccuracy)} of {m.ServicesDocuments} " +
            $"(named exactly {Pct(m.ServicesNamed)}); scored {Pct(m.ScoredAccuracy)} of {m.ScoredDocuments}; answered undetermined {Pct(m.UndeterminedShare)}");
        var models = new Table().Title($"Per answer ({Markup.Escape(split.Split)})").AddColumn("answer").AddColumn("precision")
            .AddColumn("strict precision").AddColumn("recall").AddColumn("predicted").AddColumn("labelled");
        foreach (var s in m.Models)
        {
            models.AddRow(s.Name, Pct(s.Precision), Pct(s.StrictPrecision), Pct(s.Recall), N(s.Predicted), N(s.Labelled));
        }

        console.Write(models);
        var confusion = new Table().Title($"Expected (rows) by answer (columns) ({Markup.Escape(split.Split)})").AddColumn("expected");
        foreach (var answer in m.Answers)
        {
            confusion.AddColumn(new TableColumn(Markup.Escape(answer)).RightAligned());
        }

        foreach (var (expected, row) in m.Confusion.OrderBy(p => Order(m, p.Key)))
        {
            confusion.AddRow([Markup.Escape(expected), .. m.Answers.Select(a => N(row.GetValueOrDefault(a)))]);
        }

        console.Write(confusion);
        if (!split.Signals.IsEmpty)
        {
            var signals = new Table().Title($"Per signal, document level ({Markup.Escape(split.Split)})").AddColumn("signal").AddColumn("against")
                .AddColumn("precision").AddColumn("recall").AddColumn("F1").AddColumn("TP").AddColumn("FP").AddColumn("FN").AddColumn("TN")
                .AddColumn("docs").AddColumn("uncertain");
            foreach (var s in split.Signals)
            {
                signals.AddRow(s.Name, Against(s), Pct(s.Precision), Pct(s.Recall), Pct(s.F1), N(s.TruePositives), N(s.FalsePositives),
                    N(s.FalseNegatives), N(s.TrueNegatives), N(s.Judged), N(s.Uncertain));
            }

            console.Write(signals);
        }

        if (!split.Sentences.IsEmpty)
        {
            var sentences = new Table().Title($"Per signal, sentence level ({Markup.Escape(split.Split)})").AddColumn("origin").AddColumn("signal")
                .AddColumn("precision").AddColumn("recall").AddColumn("F1").AddColumn("TP").AddColumn("FP").AddColumn("FN").AddColumn("TN")
                .AddColumn("sentences").AddColumn("uncertain");
            foreach (var s in split.Sentences)
            {
                sentences.AddRow(s.Source, s.Name == "*" ? "(all signals)" : s.Name, Pct(s.Precision), Pct(s.Recall), Pct(s.F1), N(s.TruePositives),
                    N(s.FalsePositives), N(s.FalseNegatives), N(s.TrueNegatives), N(s.Judged), N(s.Uncertain));
            }

            console.Write(sentences);
        }
    }

    private static int Order(ModelFigures m, string expected) =>
        m.Answers.IndexOf(expected) is var i && i >= 0 ? i : int.MaxValue;

    private static void RenderErrors(IAnsiConsole console, Listing listing)
    {
        var which = listing.ShowBlind ? "dev and blind" : "dev";
        console.WriteLine();
        console.MarkupLine($"[bold]Model errors ({which})[/]: answers the manifest does not accept (NO), or accepts only leniently (lenient)");
        foreach (var d in listing.ModelErrors)
        {
            var mark = d.Correct ? "lenient" : "[red]NO[/]";
            console.MarkupLine($"{mark} {Markup.Escape(d.Path)} ({Markup.Escape(d.Split)}): expected {Markup.Escape(d.Expected)} " +
                $"(accepts {Markup.Escape(string.Join(";", d.Correct ? d.StrictAcceptable : d.Acceptable))}), answered [bold]{Markup.Escape(d.Predicted)}[/]");
            if (d.Correct)
            {
                continue;
            }

            if (d.Reason.Length > 0)
            {
                console.MarkupLine($"    why: {Markup.Escape(Clip(d.Reason, 300))}");
            }

            foreach (var signal in d.Detected)
            {
                var first = signal.Evidence.FirstOrDefault();
                var where = first is null ? string.Empty : first.Page is { } p ? $"p. {p} line {first.Line}" : $"line {first.Line}";
                var more = signal.Occurrences > 1 ? $" (+{signal.Occurrences - 1} more)" : string.Empty;
                console.MarkupLine($"    {Markup.Escape(signal.Id)} {Markup.Escape(where)}: \"{Markup.Escape(Clip(first?.Text ?? string.Empty))}\"{Markup.Escape(more)}");
            }
        }

        console.WriteLine();
        console.MarkupLine($"[bold]Signal disagreements ({which})[/]: found but labelled absent, or labelled present and missed");
        foreach (var m in listing.SignalDisagreements)
        {
            var what = m.Found ? "[red]found, labelled absent[/]" : "[red]missed[/]";
            console.MarkupLine($"{what} {Markup.Escape(m.Signal)} {Markup.Escape(m.Path)} ({Markup.Escape(m.Split)}, against {Markup.Escape(m.Source)})");
            if (!m.Found && m.Evidence.Length > 0)
            {
                var where = m.Location.Length > 0 ? $"label at {m.Location}" : "label";
                console.MarkupLine($"    {Markup.Escape(where)}: \"{Markup.Escape(Clip(m.Evidence, 200))}\"");
            }

            foreach (var evidence in m.Fired)
            {
                var where = evidence.Page is { } p ? $"p. {p} line {evidence.Line}" : $"line {evidence.Line}";
                console.MarkupLine($"    fired at {Markup.Escape(where)}: \"{Markup.Escape(Clip(evidence.Text))}\"");
            }
        }

        if (!listing.SentenceErrors.IsEmpty)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]Sentence errors ({which})[/]");
            foreach (var r in listing.SentenceErrors)
            {
                var what = r.Fired ? "[red]fired, labelled absent[/]" : "[red]missed[/]";
                var doc = r.Row.Doc.Length > 0 ? $", {r.Row.Doc}" : string.Empty;
                var others = r.Signals.Where(s => s != r.Row.Signal).ToList();
                console.MarkupLine($"{what} {Markup.Escape(r.Row.Signal)} {Markup.Escape(r.Row.Id)} ({Markup.Escape(r.Row.Origin + doc)}, read {Markup.Escape(r.Context)}): " +
                    $"\"{Markup.Escape(Clip(r.Row.Text, 200))}\"{(others.Count > 0 ? Markup.Escape($" [fired: {string.Join(", ", others)}]") : string.Empty)}");
            }
        }
    }
}
