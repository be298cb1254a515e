using System.CommandLine;
using System.Globalization;
using Sourcewise.Application.Cost;
using Sourcewise.Application.Decisions;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.Documents.Profiles;
using Sourcewise.Reports.Documents;
using Sourcewise.Reports.Rendering;

namespace Sourcewise.Cli.Commands;

/// <summary><c>sourcewise report PROFILE [--cost SCENARIO] [--contract FILE] [--format ...] [--output FILE]</c>:
/// a decision record for one workstream in Markdown, HTML, DOCX or PDF.</summary>
internal static class ReportCommand
{
    private static readonly string[] Formats = ["markdown", "html", "docx", "pdf"];

    public static Command Create(CliEnvironment env) => Create(env, DecisionRecordSources.Default);

    public static Command Create(CliEnvironment env, DecisionRecordSources sources)
    {
        var profileArgument = new Argument<string>("PROFILE")
        {
            Description = "The work profile (YAML or JSON).",
        };
        var costOption = new Option<string?>("--cost")
        {
            Description = "A cost scenario (YAML or JSON): adds the cost comparison and its chart.",
            HelpName = "SCENARIO",
        };
        var contractOption = new Option<string?>("--contract")
        {
            Description = "A proposal, SOW or contract (.txt .md .html .docx .pdf): adds the contract check.",
            HelpName = "FILE",
        };
        var claimedOption = new Option<string?>("--claimed")
        {
            Description = "The model the contract claims to be (default: the profile's 'considering').",
            HelpName = "MODEL",
        };
        var formatOption = new Option<string?>("--format", "-f")
        {
            Description = "Output format: markdown, html, docx or pdf (default: from the --output extension, else markdown).",
            HelpName = "markdown|html|docx|pdf",
        };
        formatOption.AcceptOnlyFromAmong(Formats);
        var outputOption = new Option<string?>("--output", "-o")
        {
            Description = "Write the document to FILE (atomically). Without it Markdown and HTML go to stdout; DOCX and PDF need it.",
            HelpName = "FILE",
        };
        var dateOption = new Option<string?>("--date")
        {
            Description = "The decision date, YYYY-MM-DD (default today, UTC). Fixes every timestamp, so the same inputs and date give the same bytes.",
            HelpName = "YYYY-MM-DD",
        };
        var reviewByOption = new Option<string?>("--review-by")
        {
            Description = "The review date, YYYY-MM-DD (default: the decision date plus --review-months).",
            HelpName = "YYYY-MM-DD",
        };
        var reviewMonthsOption = new Option<int>("--review-months")
        {
            Description = "Months from the decision to its review (mis-selection shows up about six months in).",
            HelpName = "N",
            DefaultValueFactory = _ => DecisionRecords.DefaultReviewMonths,
        };
        var titleOption = new Option<string?>("--title") { Description = "The document title.", HelpName = "TEXT" };
        var decidedByOption = new Option<string[]>("--decided-by")
        {
            Description = "A decider (name or role); repeat for several. They get the sign-off lines.",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = false,
        };
        var statusOption = new Option<string>("--status")
        {
            Description = "The record's status.",
            DefaultValueFactory = _ => DecisionStatuses.Proposed,
        };
        statusOption.AcceptOnlyFromAmong([.. DecisionStatuses.All]);
        var trialsOption = new Option<int>("--trials")
        {
            Description = "Monte Carlo trials for --cost.",
            HelpName = "N",
            DefaultValueFactory = _ => CostDefaults.Trials,
        };
        var seedOption = new Option<int>("--seed")
        {
            Description = "Random seed for --cost, so the numbers are reproducible.",
            HelpName = "S",
            DefaultValueFactory = _ => (int)CostDefaults.RecordSeed,
        };

        var command = new Command("report", "Write a decision record for one workstream: the comparison, the recommendation and its reasons, tipping points, cost, contract findings, risks, sign-off and a review date.")
        {
            profileArgument, costOption, contractOption, claimedOption, formatOption, outputOption, dateOption,
            reviewByOption, reviewMonthsOption, titleOption, decidedByOption, statusOption, trialsOption, seedOption,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.GetValue(outputOption);
            if (!TryChooseFormat(parseResult.GetValue(formatOption), output, out var format, out var formatError))
            {
                return env.Usage(formatError);
            }

            if (output is null && format is ReportFormat.Docx or ReportFormat.Pdf)
            {
                return env.Usage($"{Name(format)} is a binary format: give --output FILE (for example --output decision{ReportRenderer.Extension(format)}).");
            }

            if (!TryDate(parseResult.GetValue(dateOption), "--date", out var date, out var dateError)
                || !TryDate(parseResult.GetValue(reviewByOption), "--review-by", out var reviewBy, out dateError))
            {
                return env.Usage(dateError);
            }

            var reviewMonths = parseResult.GetValue(reviewMonthsOption);
            if (reviewMonths is < 1 or > 60)
            {
                return env.Usage("--review-months must be from 1 to 60.");
            }

            var profilePath = parseResult.GetValue(profileArgument)!;
            var profile = await WorkProfileReader.ReadFileAsync(profilePath, cancellationToken).ConfigureAwait(false);
            if (!profile.Success)
            {
                if (InputKinds.WrongKind(profilePath, "a work profile", InputKind.Profile) is { } wrongKind)
                {
                    env.Error.WriteLine(wrongKind);
                    return ExitCodes.BadInput;
                }

                return env.Fail(profile);
            }

            var claimed = parseResult.GetValue(claimedOption);
            if (claimed is not null && !EngagementModels.TryParse(claimed, out _))
            {
                return env.Usage($"--claimed '{claimed}' is not a model; use one of: {string.Join(", ", EngagementModels.Ids)}.");
            }

            var costScenario = parseResult.GetValue(costOption);
            var trials = parseResult.GetValue(trialsOption);
            if (costScenario is not null && !CostDefaults.IsValidTrials(trials))
            {
                env.Error.WriteLine($"error: --trials must be from {CostDefaults.MinTrials} to {CostDefaults.MaxTrials}");
                return ExitCodes.BadInput;
            }

            var document = await new BuildDecisionRecord(sources).BuildAsync(new DecisionRecordInput
            {
                Profile = profile.Value,
                CostScenario = costScenario,
                Contract = parseResult.GetValue(contractOption),
                Claimed = EngagementModels.TryParse(claimed, out var claim) ? claim : null,
                Trials = trials,
                Seed = parseResult.GetValue(seedOption),
                Date = date ?? DateOnly.FromDateTime(env.Time.GetUtcNow().UtcDateTime),
                ReviewBy = reviewBy,
                ReviewMonths = reviewMonths,
                Title = parseResult.GetValue(titleOption),
                DecidedBy = [.. (parseResult.GetValue(decidedByOption) ?? []).Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d.Trim())],
                Status = parseResult.GetValue(statusOption) ?? DecisionStatuses.Proposed,
            }, cancellationToken).ConfigureAwait(false);
            if (!document.HasValue)
            {
                var wrongKinds = new[]
                {
                    costScenario is null ? null : InputKinds.WrongKind(costScenario, "a cost scenario", InputKind.CostScenario),
                    parseResult.GetValue(contractOption) is { } contract
                        ? InputKinds.WrongKind(contract, "a proposal or contract", InputKind.Contract, InputKind.Questionnaire)
                        : null,
                }.OfType<string>().ToList();
                if (wrongKinds.Count > 0)
                {
                    wrongKinds.ForEach(env.Error.WriteLine);
                    return ExitCodes.BadInput;
                }

                return env.Fail(document);
            }

            env.Write(document.Diagnostics);
            return await WriteAsync(env, document.Value, format, output, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> WriteAsync(CliEnvironment env, ReportDocument document, ReportFormat format, string? output,
        CancellationToken cancellationToken)
    {
        var rendered = DecisionRecords.Render(document, format, output);
        if (!rendered.HasValue)
        {
            return env.Fail(rendered);
        }

        if (output is null)
        {
            await env.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(rendered.Value.Content).AsMemory(), cancellationToken).ConfigureAwait(false);
            await env.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        if (DecisionRecords.Write(rendered.Value, output) is { } error)
        {
            env.Write([error]);
            return ExitCodes.BadInput;
        }

        var sideFiles = rendered.Value.SideFiles;
        env.Error.WriteLine($"wrote {output} ({Name(format)}, {rendered.Value.Content.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes)"
            + (sideFiles.Count > 0 ? $" and {string.Join(", ", sideFiles.Select(f => Path.GetFileName(f.Path)))}" : ""));
        return ExitCodes.Success;
    }

    /// <summary>The format: <c>--format</c>, else the <c>--output</c> extension, else Markdown. A known extension that
    /// contradicts <c>--format</c>, or an output file whose extension names no format (and no <c>--format</c>), is a
    /// usage error: writing Markdown into <c>r.odt</c> or a PDF into <c>x.html</c> would be silently wrong.</summary>
    internal static bool TryChooseFormat(string? formatText, string? output, out ReportFormat format, out string error)
    {
        error = "";
        var extension = output is null ? "" : Path.GetExtension(output);
        var fromExtension = extension.Length > 1 && ReportRenderer.TryParseFormat(extension[1..], out var byName)
            ? byName
            : (ReportFormat?)null;
        if (formatText is not null)
        {
            ReportRenderer.TryParseFormat(formatText, out format);
            if (fromExtension is { } implied && implied != format)
            {
                error = $"--format {formatText} contradicts --output {output}, which names {(implied == ReportFormat.Html ? "an" : "a")} {Name(implied)} file: drop --format, " +
                    $"or name the file {Path.ChangeExtension(Path.GetFileName(output!), ReportRenderer.Extension(format))}.";
                return false;
            }

            return true;
        }

        if (output is null)
        {
            format = ReportFormat.Markdown;
            return true;
        }

        if (fromExtension is { } chosen)
        {
            format = chosen;
            return true;
        }

        format = ReportFormat.Markdown;
        error = $"cannot tell the format of --output {output} from its extension{(extension.Length > 0 ? $" '{extension}'" : "")}: " +
            "name it .md, .html, .docx or .pdf, or give --format markdown|html|docx|pdf.";
        return false;
    }

    private static bool TryDate(string? text, string option, out DateOnly? date, out string error)
    {
        date = null;
        error = "";
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && d.Year >= 1980)
        {
            date = d;
            return true;
        }

        error = $"{option} '{text}' is not a date in the form YYYY-MM-DD (1980 or later).";
        return false;
    }

    private static string Name(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => "Markdown",
        ReportFormat.Html => "HTML",
        ReportFormat.Docx => "DOCX",
        _ => "PDF",
    };
}
