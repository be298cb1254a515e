using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sourcewise.Cli.Infrastructure;
using Spectre.Console;

namespace Sourcewise.Cli.Commands;

/// <summary><c>sourcewise check-eval CORPUS_DIR [--details] [--format text|json]</c> (hidden from the main help):
/// per-model and per-signal precision and recall of the proposal check on a labelled corpus.</summary>
internal static class CheckEvalCommand
{
    public static Command Create(CliEnvironment env)
    {
        var corpus = new Argument<string>("CORPUS_DIR") { Description = "A corpus with manifest.csv (and cuad/master_clauses.csv)." };
        var details = new Option<bool>("--details") { Description = "List every document with its label and prediction." };
        var format = CliOptions.Format("text", "json");
        var command = new Command("check-eval", "Score the proposal check against a labelled corpus (manifest.csv, CUAD labels).")
        {
            corpus,
            details,
            format,
        };
        command.Hidden = true;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var dir = parseResult.GetValue(corpus)!;
            if (!File.Exists(Path.Combine(dir, "manifest.csv")))
            {
                env.Error.WriteLine($"error: {dir}: no manifest.csv here");
                return ExitCodes.BadInput;
            }

            var evaluation = await CheckEvaluation.RunAsync(dir, cancellationToken).ConfigureAwait(false);
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
        foreach (var s in e.Signals)
        {
            signals.AddRow(s.Name, Pct(s.Precision), Pct(s.Recall), Pct(s.F1), s.Predicted.ToString(CultureInfo.InvariantCulture),
                s.Actual.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.Note));
        }

        console.Write(signals);
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
        }
    }

    private static string ToJson(CheckEvaluation e) => JsonSerializer.Serialize(new
    {
        documents = e.Documents.Length,
        scoredDocuments = e.Count(true),
        accuracy = e.Accuracy(false),
        scoredAccuracy = e.Accuracy(true),
        models = e.Models.Select(s => new { model = s.Name, precision = Nan(s.Precision), recall = Nan(s.Recall), predicted = s.Predicted, labelled = s.Actual }),
        signals = e.Signals.Select(s => new { signal = s.Name, precision = Nan(s.Precision), recall = Nan(s.Recall), found = s.Predicted, labelled = s.Actual, against = s.Note }),
        results = e.Documents.Select(d => new { path = d.Path, expected = d.Expected, acceptable = d.Acceptable, predicted = d.Predicted, correct = d.Correct }),
    }, new JsonSerializerOptions { WriteIndented = true });

    private static double? Nan(double v) => double.IsNaN(v) ? null : Math.Round(v, 4);
}
