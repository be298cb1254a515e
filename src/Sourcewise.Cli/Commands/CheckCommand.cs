using System.CommandLine;
using Sourcewise.Application;
using Sourcewise.Application.Check;
using Sourcewise.Application.Output;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.Diagnostics;
using Sourcewise.Signals;
using Spectre.Console;

namespace Sourcewise.Cli.Commands;

/// <summary><c>sourcewise check FILE|DIR [--claimed MODEL] [--format text|json|markdown|sarif]</c>.</summary>
internal static class CheckCommand
{
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
        var format = CliOptions.Format(OutputFormats.Check);
        var command = new Command("check",
            "Read a proposal, SOW or contract and say which model it really describes, whether that matches its claim, and what is missing.")
        {
            path,
            claimed,
            format.Option,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var target = parseResult.GetValue(path)!;
            EngagementModel? claim = EngagementModels.TryParse(parseResult.GetValue(claimed), out var m) ? m : null;
            var chosen = format.Get(parseResult);
            return Directory.Exists(target)
                ? await RunBatchAsync(env, target, claim, chosen, cancellationToken).ConfigureAwait(false)
                : await RunOneAsync(env, target, claim, chosen, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Checks one file (contract or questionnaire); never throws for bad input. Kept for the evaluation code,
    /// which calls the use case through it.</summary>
    internal static async Task<Result<ContractCheck>> CheckFileAsync(string file, EngagementModel? claimed,
        CancellationToken cancellationToken)
    {
        var checkedFile = await CheckProposal.Default.CheckFileAsync(file, claimed, cancellationToken).ConfigureAwait(false);
        return checkedFile.HasValue
            ? Result<ContractCheck>.Ok(checkedFile.Value.Check, checkedFile.Diagnostics)
            : Result<ContractCheck>.Fail(checkedFile.Diagnostics);
    }

    private static async Task<int> RunOneAsync(CliEnvironment env, string file, EngagementModel? claimed, OutputFormat format,
        CancellationToken cancellationToken)
    {
        var result = await CheckProposal.Default.CheckFileAsync(file, claimed, cancellationToken).ConfigureAwait(false);
        if (!result.HasValue)
        {
            if (InputKinds.WrongKind(file, "a proposal, contract or questionnaire", InputKind.Contract, InputKind.Questionnaire) is { } wrongKind)
            {
                env.Error.WriteLine(wrongKind);
                return ExitCodes.BadInput;
            }

            return env.Fail(result);
        }

        env.Write(result.Diagnostics);
        if (format == OutputFormat.Text)
        {
            CheckTextRenderer.Render(env.Console, result.Value.Check);
        }
        else
        {
            env.WriteOutput(CheckOutput.Render(result.Value.Check, format, Directory.GetCurrentDirectory()));
        }

        return ExitCodes.Success;
    }

    private static async Task<int> RunBatchAsync(CliEnvironment env, string directory, EngagementModel? claimed,
        OutputFormat format, CancellationToken cancellationToken)
    {
        var files = CheckProposal.ListDocuments(directory);
        if (!files.HasValue)
        {
            return env.Fail(files);
        }

        Outcome<CheckBatch> batch = null!;
        await env.ErrorConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("checking", maxValue: files.Value.Count);
                batch = await CheckProposal.Default.CheckFilesAsync(directory, files.Value, claimed,
                    started: file =>
                    {
                        lock (task)
                        {
                            task.Description = Markup.Escape(Path.GetFileName(file));
                        }
                    },
                    finished: _ =>
                    {
                        lock (task)
                        {
                            task.Increment(1);
                        }
                    },
                    cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);

        var checks = batch.Value!;
        foreach (var (_, error) in checks.Errors)
        {
            env.Error.WriteLine($"error: {error}");
        }

        if (format == OutputFormat.Text)
        {
            CheckTextRenderer.RenderSummary(env.Console, directory, checks.Checks, checks.Errors);
        }
        else
        {
            env.WriteOutput(CheckOutput.Render(checks, format, Directory.GetCurrentDirectory()));
        }

        return CliReporting.ExitCode(batch.Status);
    }
}
