using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Sourcewise.Diagnostics;
using Sourcewise.Eval.Labels;
using Sourcewise.Eval.Reports;
using Sourcewise.Eval.Sentences;
using Sourcewise.Eval.Splits;
using Sourcewise.Signals;

namespace Sourcewise.Eval;

/// <summary><c>sourcewise-eval CORPUS_DIR [options]</c>: per-split model and per-signal precision and recall of the
/// proposal check on the labelled corpus, and sentence-level figures on labelled sentences.</summary>
internal static class EvalCommand
{
    public static RootCommand Create(EvalEnvironment env)
    {
        var corpus = new Argument<string>("CORPUS_DIR") { Description = "A corpus with manifest.csv (and cuad/master_clauses.csv)." };
        var errors = new Option<bool>("--errors")
        {
            Description = "List each disagreement of the dev split for error analysis: documents whose answer the manifest does not accept " +
                "(with the signals that fired and their evidence), signal and sentence disagreements.",
        };
        var details = new Option<bool>("--details") { Description = "Also list every (dev) document with its label and answer." };
        var showBlind = new Option<bool>("--show-blind-errors")
        {
            Description = "Also list the blind split's documents and errors. Not for use while tuning: the blind split is reported as totals only.",
        };
        var splitsOption = FileOption("--splits", "The dev/blind split (CSV: path,family,split); default eval/splits.csv here or above.");
        var labelsOption = FileOption("--signal-labels", "Signal labels (CSV: path,signal,label,evidence,line,note); default eval/signal-labels.csv here or above.");
        var relabelsOption = FileOption("--cuad-relabels",
            "The project's re-reading of CUAD's labels (CSV: path,signal,cuad_label,label,evidence,line,note); default eval/cuad-relabels.csv here or above.");
        var sentencesOption = FileOption("--sentences",
            "Labelled sentences (CSV: id,signal,label,text,source,doc,origin,note); default eval/sentences.csv here or above.");
        var contextOption = new Option<string>("--sentence-context")
        {
            Description = "How a labelled sentence from a corpus document is read: document (at the end of its document, so its party names " +
                "are read as the document's roles; default) or alone (quicker).",
            DefaultValueFactory = _ => "document",
            HelpName = "document|alone",
        };
        contextOption.AcceptOnlyFromAmong("document", "alone");
        var evalDirOption = new Option<string?>("--eval-dir")
        {
            Description = "Where the default files (splits.csv, signal-labels.csv, cuad-relabels.csv, sentences.csv) are; default the nearest eval/ here or above.",
            HelpName = "DIR",
        };
        var failUnder = new Option<string[]>("--fail-under")
        {
            Description = "Exit 3 when a figure is below MIN: [SPLIT.]FIGURE=MIN, e.g. dev.services-accuracy=0.8 or " +
                "all.ip-assigned-to-client/cuad-relabels/precision=0.85 (repeatable).",
            HelpName = "FIGURE=MIN",
            AllowMultipleArgumentsPerToken = false,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text, json, markdown (default text).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|markdown",
        };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var command = new RootCommand("sourcewise-eval: score the proposal check against the labelled corpus, per split (dev, blind, all). " +
            "Evaluation tooling; not part of the shipped sourcewise tool.")
        {
            corpus,
            errors,
            details,
            showBlind,
            splitsOption,
            labelsOption,
            relabelsOption,
            sentencesOption,
            contextOption,
            evalDirOption,
            failUnder,
            format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var floors = new List<FailUnder>();
            foreach (var text in parseResult.GetValue(failUnder) ?? [])
            {
                if (!FailUnder.TryParse(text, out var floor, out var problem))
                {
                    env.Error.WriteLine($"usage: {problem}");
                    return ExitCodes.Usage;
                }

                floors.Add(floor!);
            }

            var dir = parseResult.GetValue(corpus)!;
            if (!File.Exists(Path.Combine(dir, "manifest.csv")))
            {
                env.Error.WriteLine($"error: {dir}: no manifest.csv here");
                return ExitCodes.BadInput;
            }

            // Read every input before the (slow) run, so a broken file fails at once.
            var here = Environment.CurrentDirectory;
            var evalDir = parseResult.GetValue(evalDirOption);
            if (evalDir is not null && !Directory.Exists(evalDir))
            {
                env.Error.WriteLine($"error: {evalDir}: no such directory");
                return ExitCodes.BadInput;
            }

            var inputs = new List<string>();
            var ids = SignalCatalogue.Default.SignalIds.ToImmutableArray();

            var splitsFile = Locate(parseResult.GetValue(splitsOption), EvalFiles.Splits, here, evalDir);
            if (splitsFile.Error is { } splitsError)
            {
                env.Error.WriteLine(splitsError);
                return ExitCodes.BadInput;
            }

            if (splitsFile.Path is null)
            {
                env.Error.WriteLine("error: no eval/splits.csv found (here or above, or in --eval-dir); give the frozen split with --splits FILE (the blind split must stay blind)");
                return ExitCodes.BadInput;
            }

            if (!Load(env, SplitSet.Read(splitsFile.Path, splitsFile.Shown), out var splits))
            {
                return ExitCodes.BadInput;
            }

            inputs.Add($"Splits: {splitsFile.Shown} (dev and blind; blind reported as totals only{(parseResult.GetValue(showBlind) ? ", its errors listed: --show-blind-errors" : string.Empty)})");

            SignalLabelSet? labels = null;
            var labelsFile = Locate(parseResult.GetValue(labelsOption), EvalFiles.SignalLabels, here, evalDir);
            if (labelsFile.Error is { } labelsError)
            {
                env.Error.WriteLine(labelsError.Replace("no such file", "no such signal-label file", StringComparison.Ordinal));
                return ExitCodes.BadInput;
            }

            if (labelsFile.Path is not null && !Load(env, SignalLabelSet.Read(labelsFile.Path, ids, labelsFile.Shown), out labels))
            {
                return ExitCodes.BadInput;
            }

            inputs.Add(labels is null ? "Signal labels: none found (eval/signal-labels.csv)" : $"Signal labels: {labelsFile.Shown}");
            inputs.Add(File.Exists(Path.Combine(dir, "cuad", "master_clauses.csv")) ? "CUAD labels: cuad/master_clauses.csv" : "CUAD labels: none in the corpus");

            SignalLabelSet? relabels = null;
            var relabelsFile = Locate(parseResult.GetValue(relabelsOption), EvalFiles.CuadRelabels, here, evalDir);
            if (relabelsFile.Error is { } relabelsError)
            {
                env.Error.WriteLine(relabelsError);
                return ExitCodes.BadInput;
            }

            if (relabelsFile.Path is not null && !Load(env, SignalLabelSet.Read(relabelsFile.Path, ids, relabelsFile.Shown), out relabels))
            {
                return ExitCodes.BadInput;
            }

            inputs.Add(relabels is null ? "CUAD re-read labels: none found (eval/cuad-relabels.csv), skipped" : $"CUAD re-read labels: {relabelsFile.Shown}");

            SentenceSet? sentences = null;
            var sentencesFile = Locate(parseResult.GetValue(sentencesOption), EvalFiles.Sentences, here, evalDir);
            if (sentencesFile.Error is { } sentencesError)
            {
                env.Error.WriteLine(sentencesError);
                return ExitCodes.BadInput;
            }

            if (sentencesFile.Path is not null && !Load(env, SentenceSet.Read(sentencesFile.Path, ids, sentencesFile.Shown), out sentences))
            {
                return ExitCodes.BadInput;
            }

            var context = parseResult.GetValue(contextOption) == "alone" ? SentenceContext.Alone : SentenceContext.Document;
            inputs.Add(sentences is null
                ? "Sentences: none found (eval/sentences.csv), skipped"
                : $"Sentences: {sentencesFile.Shown} ({sentences.Rows.Length} rows; " +
                  (context == SentenceContext.Document ? "a row with a corpus doc is read at the end of its document, any other alone)" : "every row read alone: --sentence-context alone)"));

            var evaluation = await CheckEvaluation.RunAsync(new EvalInputs(dir, splits!)
            {
                SignalLabels = labels,
                CuadRelabels = relabels,
                Sentences = sentences,
                SentenceContext = context,
            }, cancellationToken).ConfigureAwait(false);
            var options = new ReportOptions([.. inputs], parseResult.GetValue(errors), parseResult.GetValue(details), parseResult.GetValue(showBlind));
            switch (parseResult.GetValue(format))
            {
                case "json":
                    await env.Output.WriteLineAsync(JsonReport.Write(evaluation, options)).ConfigureAwait(false);
                    break;
                case "markdown":
                    await env.Output.WriteAsync(MarkdownReport.Write(evaluation, options)).ConfigureAwait(false);
                    break;
                default:
                    TextReport.Render(env.Console, evaluation, options);
                    break;
            }

            var below = 0;
            foreach (var floor in floors)
            {
                var value = floor.ValueIn(evaluation);
                if (double.IsNaN(value) || value < floor.Minimum)
                {
                    below++;
                    var shown = double.IsNaN(value) ? "has no value (nothing to measure it on)" : $"= {value.ToString("0.0000", CultureInfo.InvariantCulture)}";
                    env.Error.WriteLine($"below floor: {floor.Name} {shown}, floor {floor.Minimum.ToString("0.0000", CultureInfo.InvariantCulture)}");
                }
            }

            return below > 0 ? ExitCodes.BelowFloor : ExitCodes.Success;
        });
        return command;
    }

    private static Option<string?> FileOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "FILE",
    };

    /// <summary>The file given, else NAME in <paramref name="evalDir"/> when given, else the default <c>eval/NAME</c>
    /// here or above (null when there is none); an error when a file given does not exist.</summary>
    private static (string? Path, string Shown, string? Error) Locate(string? given, string name, string here, string? evalDir)
    {
        if (given is not null)
        {
            return File.Exists(given) ? (given, given, null) : (null, given, $"error: {given}: no such file");
        }

        var found = evalDir is null ? EvalFiles.FindDefault(name, here) : Path.Combine(evalDir, name);
        return found is not null && File.Exists(found) ? (found, EvalFiles.Show(found, here), null) : (null, string.Empty, null);
    }

    private static bool Load<T>(EvalEnvironment env, Result<T> result, out T? value)
    {
        if (result.TryGetValue(out value))
        {
            return true;
        }

        env.Error.WriteLine($"error: {result.Diagnostics.First(d => d.IsError)}");
        return false;
    }
}
