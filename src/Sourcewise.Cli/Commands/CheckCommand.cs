using System.CommandLine;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Checks;
using Sourcewise.Documents.Contracts;
using Sourcewise.Reports.Checks;
using Sourcewise.Reports.Sarif;
using Sourcewise.Signals;
using Spectre.Console;

namespace Sourcewise.Cli.Commands;

/// <summary><c>sourcewise check FILE|DIR [--claimed MODEL] [--format text|json|markdown|sarif]</c>.</summary>
internal static class CheckCommand
{
    /// <summary>Files of a batch checked at once.</summary>
    private static readonly int BatchParallelism = Math.Clamp(Environment.ProcessorCount, 2, 4);

    public static Command Create(CliEnvironment env)
    {
        var path = new Argument<string>("FILE|DIR")
        {
            Description = "A proposal, SOW or contract (.txt .md .html .docx .pdf), a questionnaire of answered signals " +
                "(.yaml .yml .json), or a directory of them (a batch).",
        };
        var claimed = new Option<string?>("--claimed")
        {
            Description = "The model the document claims, overriding what its title says: " + string.Join(", ", EngagementModels.Ids) + ".",
            HelpName = "MODEL",
        };
        claimed.AcceptOnlyFromAmong([.. EngagementModels.Ids]);
        var format = CliOptions.Format("text", "json", "markdown", "sarif");
        var command = new Command("check",
            "Read a proposal, SOW or contract and say which model it really describes, whether that matches its claim, and what is missing.")
        {
            path,
            claimed,
            format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var target = parseResult.GetValue(path)!;
            EngagementModel? claim = EngagementModels.TryParse(parseResult.GetValue(claimed), out var m) ? m : null;
            var fmt = parseResult.GetValue(format)!;
            return Directory.Exists(target)
                ? await RunBatchAsync(env, target, claim, fmt, cancellationToken).ConfigureAwait(false)
                : await RunOneAsync(env, target, claim, fmt, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Checks one file (contract or questionnaire); never throws for bad input.</summary>
    internal static async Task<Result<ContractCheck>> CheckFileAsync(string file, EngagementModel? claimed,
        CancellationToken cancellationToken)
    {
        if (QuestionnaireReader.IsQuestionnaire(file))
        {
            var answers = await QuestionnaireReader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
            return answers.Success
                ? Result<ContractCheck>.Ok(ContractChecker.Default.Check(answers.Value, claimed))
                : Result<ContractCheck>.Fail(answers.Diagnostics);
        }

        var text = await ContractReader.ReadFileAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!text.Success)
        {
            return Result<ContractCheck>.Fail(text.Diagnostics);
        }

        if (text.Value.Lines.Length == 0 || text.Value.CharacterCount == 0)
        {
            return Result<ContractCheck>.Fail(Diagnostic.Error("no-text", "has no text to check", new SourceLocation(file)));
        }

        var check = ContractChecker.Default.Check(text.Value, claimed, cancellationToken);
        return Result<ContractCheck>.Ok(check, text.Diagnostics);
    }

    private static async Task<int> RunOneAsync(CliEnvironment env, string file, EngagementModel? claimed, string format,
        CancellationToken cancellationToken)
    {
        var result = await CheckFileAsync(file, claimed, cancellationToken).ConfigureAwait(false);
        if (!result.Success)
        {
            return env.Fail(result);
        }

        env.Write(result.Diagnostics);
        var check = result.Value;
        switch (format)
        {
            case "json":
                await env.Output.WriteLineAsync(CheckJsonWriter.Write(check)).ConfigureAwait(false);
                break;
            case "markdown":
                await env.Output.WriteAsync(CheckMarkdownWriter.Write(check)).ConfigureAwait(false);
                break;
            case "sarif":
                await env.Output.WriteLineAsync(SarifWriter.Write([check], Directory.GetCurrentDirectory())).ConfigureAwait(false);
                break;
            default:
                CheckTextRenderer.Render(env.Console, check);
                break;
        }

        return ExitCodes.Success;
    }

    private static async Task<int> RunBatchAsync(CliEnvironment env, string directory, EngagementModel? claimed,
        string format, CancellationToken cancellationToken)
    {
        var accepted = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf", ".yaml", ".yml", ".json",
        };
        var files = Directory.EnumerateFiles(directory, "*", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = System.IO.FileAttributes.Hidden | System.IO.FileAttributes.System,
        })
            .Where(f => accepted.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            env.Error.WriteLine($"error: {directory}: no documents to check (accepted: {string.Join(" ", accepted.Order())})");
            return ExitCodes.BadInput;
        }

        var checks = new List<ContractCheck>();
        var errors = new List<(string Document, string Error)>();
        await env.ErrorConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("checking", maxValue: files.Count);

                // Check up to BatchParallelism files at once; results are kept by index so the report's order
                // is the sorted file order whatever finishes first.
                var results = new Result<ContractCheck>[files.Count];
                await Parallel.ForAsync(0, files.Count, new ParallelOptions
                {
                    MaxDegreeOfParallelism = BatchParallelism,
                    CancellationToken = cancellationToken,
                }, async (i, token) =>
                {
                    lock (task)
                    {
                        task.Description = Markup.Escape(Path.GetFileName(files[i]));
                    }

                    results[i] = await Task.Run(() => CheckFileAsync(files[i], claimed, token), token).ConfigureAwait(false);
                    lock (task)
                    {
                        task.Increment(1);
                    }
                }).ConfigureAwait(false);

                for (var i = 0; i < files.Count; i++)
                {
                    var result = results[i];
                    if (result.Success)
                    {
                        checks.Add(result.Value);
                    }
                    else
                    {
                        var message = string.Join("; ", result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
                        errors.Add((files[i], message));
                    }
                }
            }).ConfigureAwait(false);

        foreach (var (_, error) in errors)
        {
            env.Error.WriteLine($"error: {error}");
        }

        switch (format)
        {
            case "json":
                await env.Output.WriteLineAsync(CheckJsonWriter.WriteBatch(checks, errors)).ConfigureAwait(false);
                break;
            case "markdown":
                await env.Output.WriteAsync(CheckMarkdownWriter.WriteBatch(checks, errors)).ConfigureAwait(false);
                break;
            case "sarif":
                await env.Output.WriteLineAsync(SarifWriter.Write(checks, Directory.GetCurrentDirectory())).ConfigureAwait(false);
                break;
            default:
                CheckTextRenderer.RenderSummary(env.Console, directory, checks, errors);
                break;
        }

        return errors.Count > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }
}
