using System.CommandLine;
using System.Text;
using Sourcewise.Application.Assess;
using Sourcewise.Application.Output;
using Sourcewise.Assessments;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.Cli.Interactive;
using Sourcewise.Cli.Views;
using Sourcewise.Profiles;

namespace Sourcewise.Cli.Commands;

/// <summary><c>sourcewise assess FILE|-</c>: recommend an engagement model for one workstream.</summary>
internal static class AssessCommand
{
    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "A work profile in YAML or JSON, or '-' to read it from stdin. Leave it out on a terminal to " +
                "answer the questions interactively.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = CliOptions.Format(OutputFormats.Assess);
        var rules = new Option<string?>("--rules")
        {
            Description = "Use your organisation's own rules and weights (YAML or JSON, same shape as the built-in " +
                "src/Sourcewise.Core/Data/assessment-rules.json).",
            HelpName = "FILE",
        };
        var save = new Option<string?>("--save")
        {
            Description = "Also save the answers as a profile file (YAML, written atomically) for 'report', the web app " +
                "or a later 'assess'. Unanswered questions are kept as comments.",
            HelpName = "FILE",
        };
        var command = new Command("assess", Description()) { file, format.Option, rules, save };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var useCase = await AssessWorkstream.WithRulesAsync(parseResult.GetValue(rules), cancellationToken).ConfigureAwait(false);
            if (!useCase.HasValue)
            {
                return env.Fail(useCase);
            }

            Assessment assessment;
            var path = parseResult.GetValue(file);
            if (path is null)
            {
                if (!env.IsInteractive)
                {
                    return env.Usage("assess needs a work profile: pass a YAML or JSON file, or '-' to read one from stdin " +
                        "(run 'sourcewise assess --help' for the keys).");
                }

                var profile = await ProfileQuestionnaire.AskAsync(env.Console, cancellationToken).ConfigureAwait(false);
                assessment = useCase.Value.Assess(profile, cancellationToken);
            }
            else
            {
                var assessed = path == "-"
                    ? await useCase.Value.AssessStreamAsync(env.OpenInput(), "<stdin>", cancellationToken).ConfigureAwait(false)
                    : await useCase.Value.AssessFileAsync(path, cancellationToken).ConfigureAwait(false);
                if (!assessed.HasValue)
                {
                    if (path != "-" && InputKinds.WrongKind(path, "a work profile", InputKind.Profile) is { } wrongKind)
                    {
                        env.Error.WriteLine(wrongKind);
                        return ExitCodes.BadInput;
                    }

                    return env.Fail(assessed);
                }

                env.Write(assessed.Diagnostics);
                assessment = assessed.Value;
            }

            if (parseResult.GetValue(save) is { } savePath)
            {
                if (AtomicFile.TryWrite(savePath, ProfileFile.ToYaml(assessment.Profile)) is { } reason)
                {
                    env.Error.WriteLine($"error: {savePath}: cannot save the profile: {reason}");
                    return ExitCodes.BadInput;
                }

                env.Error.WriteLine($"saved the answers to {savePath} (try: sourcewise report {savePath})");
            }

            var chosen = format.Get(parseResult);
            if (chosen == OutputFormat.Text)
            {
                AssessmentConsoleView.Write(env.Console, assessment);
            }
            else
            {
                env.WriteOutput(AssessmentOutput.Render(assessment, chosen));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Description()
    {
        var sb = new StringBuilder();
        sb.Append("Recommend an engagement model for one workstream: the score of each model, every answer's ")
            .Append("contribution with its reason, the runner-up and margin ('close-call' when too close to call), the ")
            .Append("tipping points (single answers that would change it), stage guidance, the known mistakes that ")
            .Append("apply, and the unknowns to find out.\n\nProfile keys (only 'name' is required; a missing key is ")
            .Append("'unknown' and lowers confidence):\n");
        foreach (var field in ProfileFields.All)
        {
            var accepted = field.Kind switch
            {
                ProfileFieldKind.Choice => string.Join("|", field.Values),
                ProfileFieldKind.Boolean => "true|false",
                ProfileFieldKind.Integer => $"{field.Minimum}-{field.Maximum}",
                _ => "text",
            };
            sb.Append("  ").Append(field.Key).Append(" (").Append(accepted).Append("): ").Append(field.Question).Append('\n');
        }

        return sb.ToString().TrimEnd('\n');
    }
}
