using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sourcewise.Eval.Labels;
using Sourcewise.Signals;
using Spectre.Console;

namespace Sourcewise.Eval;

/// <summary><c>sourcewise-eval CORPUS_DIR [--details] [--signal-labels FILE] [--format text|json]</c>: per-model and
/// per-signal precision and recall of the proposal check on a labelled corpus.</summary>
internal static class EvalCommand
{
    public static RootCommand Create(EvalEnvironment env)
    {
        var corpus = new Argument<string>("CORPUS_DIR") { Description = "A corpus with manifest.csv (and cuad/master_clauses.csv)." };
        var details = new Option<bool>("--details") { Description = "List every document with its label and prediction." };
        var labelsOption = new Option<string?>("--signal-labels")
        {
            Description = "Signal labels (CSV: path,signal,label,evidence,line,note); default eval/signal-labels.csv here or above.",
            HelpName = "FILE",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text, json (default text).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new RootCommand("sourcewise-eval: score the proposal check against a labelled corpus (manifest.csv, CUAD labels, signal labels). Evaluation tooling; not part of the shipped sourcewise tool.")
        {
            corpus,
            details,
            labelsOption,
            format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var dir = parseResult.GetValue(corpus)!;
            if (!File.Exists(Path.Combine(dir, "manifest.csv")))
            {
                env.Error.WriteLine($"error: {dir}: no manifest.csv here");
                return ExitCodes.BadInput;
            }

            // Read the labels before the (slow) run, so a broken file fails at once.
            SignalLabelSet? labels = null;
            var labelsFile = parseResult.GetValue(labelsOption);
            var shown = labelsFile;
            if (labelsFile is null && SignalLabelSet.FindDefault(Environment.CurrentDirectory) is { } found)
            {
                labelsFile = found;
                shown = Path.GetRelativePath(Environment.CurrentDirectory, found);
            }

            if (labelsFile is not null)
            {
                if (!File.Exists(labelsFile))
                {
                    env.Error.WriteLine($"error: {labelsFile}: no such signal-label file");
                    return ExitCodes.BadInput;
                }

                var read = SignalLabelSet.Read(labelsFile, SignalCatalogue.Default.SignalIds, shown);
                if (!read.TryGetValue(out labels))
                {
                    env.Error.WriteLine($"error: {read.Diagnostics.First(d => d.IsError)}");
                    return ExitCodes.BadInput;
                }
            }

            var evaluation = await CheckEvaluation.RunAsync(dir, cancellationToken, signalLabels: labels).ConfigureAwait(false);
            if (parseResult.GetValue(format) == "json")
            {
                await env.Output.WriteLineAsync(ToJson(evaluation)).ConfigureAwait(false);
            }
            else
            {
                Render(env.Console, evaluation, parseResult.GetValue(details));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Pct(double value) =>
        double.IsNaN(value) ? "–" : (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static void Render(IAnsiConsole console, CheckEvaluation e, bool details)
    {
        console.Profile.Width = Math.Max(console.Profile.Width, 150);
        console.MarkupLine($"Documents checked: {e.Documents.Length} ({e.Count(true)} scored), missing {e.Missing.Length}, unreadable {e.Failed.Length}; " +
            $"{e.Characters / 1024.0 / 1024.0:0.0} MB in {e.Elapsed.TotalSeconds:0.0} s");
        console.MarkupLine($"Model accuracy (prediction among the acceptable labels): all {Pct(e.Accuracy(false))}, scored {Pct(e.Accuracy(true))}");
        var models = new Table().Title("Per model").AddColumn("model").AddColumn("precision").AddColumn("recall")
            .AddColumn("predicted").AddColumn("labelled");
        foreach (var s in e.Models)
        {
            models.AddRow(s.Name, Pct(s.Precision), Pct(s.Recall), s.Predicted.ToString(CultureInfo.InvariantCulture),
                s.Actual.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(models);
        var signals = new Table().Title("Per signal (document level)").AddColumn("signal").AddColumn("precision")
            .AddColumn("recall").AddColumn("F1").AddColumn("found").AddColumn("labelled").AddColumn("against");
        foreach (var s in e.Signals.Concat(e.LabelledSignals))
        {
            signals.AddRow(s.Name, Pct(s.Precision), Pct(s.Recall), Pct(s.F1), s.Predicted.ToString(CultureInfo.InvariantCulture),
                s.Actual.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.Note));
        }

        console.Write(signals);
        if (!e.UncheckedLabelledDocuments.IsEmpty)
        {
            console.MarkupLine($"[yellow]labelled but not checked[/] (not in the manifest, missing or unreadable): {Markup.Escape(string.Join(", ", e.UncheckedLabelledDocuments))}");
        }

        foreach (var (path, error) in e.Failed)
        {
            console.MarkupLine($"[red]unreadable[/] {Markup.Escape(path)}: {Markup.Escape(error)}");
        }

        if (details)
        {
            foreach (var d in e.Documents)
            {
                console.MarkupLine($"{(d.Correct ? "ok " : "[red]NO[/] ")} {Markup.Escape(d.Predicted),-20} label {Markup.Escape(string.Join(";", d.Acceptable)),-34} {Markup.Escape(d.Path)}");
            }

            // Where the check and the signal labels disagree: the sentence to read when improving a rule.
            foreach (var m in e.Disagreements)
            {
                var what = m.Found ? "[red]found, labelled absent[/]" : "[red]missed[/]";
                var evidence = m.Found ? string.Empty : $" {m.Location}: \"{m.Evidence}\"";
                console.MarkupLine($"{what} {Markup.Escape(m.Signal)} {Markup.Escape(m.Path)}{Markup.Escape(evidence)}");
            }
        }
    }

    private static string ToJson(CheckEvaluation e) => JsonSerializer.Serialize(new
    {
        documents = e.Documents.Length,
        scoredDocuments = e.Count(true),
        accuracy = e.Accuracy(false),
        scoredAccuracy = e.Accuracy(true),
        models = e.Models.Select(s => new { model = s.Name, precision = Nan(s.Precision), recall = Nan(s.Recall), predicted = s.Predicted, labelled = s.Actual }),
        signals = e.Signals.Concat(e.LabelledSignals).Select(s => new
        {
            signal = s.Name,
            precision = Nan(s.Precision),
            recall = Nan(s.Recall),
            found = s.Predicted,
            labelled = s.Actual,
            against = s.Note,
            f1 = Nan(s.F1),
            source = s.Source,
            uncertain = s.Uncertain,
        }),
        results = e.Documents.Select(d => new { path = d.Path, expected = d.Expected, acceptable = d.Acceptable, predicted = d.Predicted, correct = d.Correct }),
        signalDisagreements = e.Disagreements.Select(m => new { path = m.Path, signal = m.Signal, found = m.Found, evidence = m.Evidence, line = m.Location }),
        uncheckedLabelledDocuments = e.UncheckedLabelledDocuments,
    }, new JsonSerializerOptions { WriteIndented = true });

    private static double? Nan(double v) => double.IsNaN(v) ? null : Math.Round(v, 4);
}
