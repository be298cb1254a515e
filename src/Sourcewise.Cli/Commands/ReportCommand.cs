using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.Documents.Profiles;
using Sourcewise.Reports.Decisions;
using Sourcewise.Reports.Documents;
using Sourcewise.Reports.Rendering;

namespace Sourcewise.Cli.Commands;

/// <summary><c>sourcewise report PROFILE [--cost SCENARIO] [--contract FILE] [--format ...] [--output FILE]</c>:
/// a decision record for one workstream in Markdown, HTML, DOCX or PDF.</summary>
internal static class ReportCommand
{
    private static readonly string[] Formats = ["markdown", "html", "docx", "pdf"];

    public static Command Create(CliEnvironment env) => Create(env, ReportSources.Default);

    public static Command Create(CliEnvironment env, ReportSources sources)
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
            DefaultValueFactory = _ => 6,
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
            DefaultValueFactory = _ => "proposed",
        };
        statusOption.AcceptOnlyFromAmong("proposed", "accepted", "rejected", "superseded");
        var trialsOption = new Option<int>("--trials")
        {
            Description = "Monte Carlo trials for --cost.",
            HelpName = "N",
            DefaultValueFactory = _ => 10_000,
        };
        var seedOption = new Option<int>("--seed")
        {
            Description = "Random seed for --cost, so the numbers are reproducible.",
            HelpName = "S",
            DefaultValueFactory = _ => 1,
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
                return env.Fail(profile);
            }

            var claimed = parseResult.GetValue(claimedOption);
            if (claimed is not null && !EngagementModels.TryParse(claimed, out _))
            {
                return env.Usage($"--claimed '{claimed}' is not a model; use one of: {string.Join(", ", EngagementModels.Ids)}.");
            }

            var request = await ReportInputs.BuildAsync(sources, new ReportInputs.Options(
                    profile.Value,
                    parseResult.GetValue(costOption),
                    parseResult.GetValue(contractOption),
                    claimed,
                    parseResult.GetValue(trialsOption),
                    parseResult.GetValue(seedOption)),
                cancellationToken).ConfigureAwait(false);
            if (!request.Success)
            {
                return env.Fail(request);
            }

            env.Write(request.Diagnostics);

            var decision = request.Value with
            {
                Date = date ?? DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime),
                ReviewBy = reviewBy,
                ReviewMonths = reviewMonths,
                Title = parseResult.GetValue(titleOption),
                DecidedBy = [.. (parseResult.GetValue(decidedByOption) ?? []).Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d.Trim())],
                Status = parseResult.GetValue(statusOption) ?? "proposed",
            };
            var document = DecisionRecordBuilder.Build(decision);
            return await WriteAsync(env, document, format, output, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> WriteAsync(CliEnvironment env, ReportDocument document, ReportFormat format, string? output,
        CancellationToken cancellationToken)
    {
        byte[] bytes;
        var sideFiles = new List<(string Path, byte[] Bytes)>();
        try
        {
            if (format == ReportFormat.Markdown && output is not null)
            {
                // Markdown cannot hold the chart, so it goes beside the file as SVG and the Markdown links it.
                var stem = Path.GetFileNameWithoutExtension(output);
                document = document.MapImages(image =>
                {
                    if (image.Svg is null)
                    {
                        return image;
                    }

                    var name = $"{stem}.{image.FileName ?? "chart.svg"}";
                    sideFiles.Add((Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, name),
                        System.Text.Encoding.UTF8.GetBytes(image.Svg)));
                    return image with { FileName = name };
                });
            }

            bytes = ReportRenderer.Render(document, format, linkImages: output is not null);
        }
        catch (InvalidOperationException ex) when (format == ReportFormat.Pdf)
        {
            env.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }

        if (output is null)
        {
            await env.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(bytes).AsMemory(), cancellationToken).ConfigureAwait(false);
            await env.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        foreach (var (path, content) in sideFiles)
        {
            if (AtomicFile.TryWrite(path, content, out var sideError) is false)
            {
                env.Error.WriteLine($"error: {sideError}");
                return ExitCodes.BadInput;
            }
        }

        if (!AtomicFile.TryWrite(output, bytes, out var error))
        {
            env.Error.WriteLine($"error: {error}");
            return ExitCodes.BadInput;
        }

        env.Error.WriteLine($"wrote {output} ({Name(format)}, {bytes.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes)"
            + (sideFiles.Count > 0 ? $" and {string.Join(", ", sideFiles.Select(f => Path.GetFileName(f.Path)))}" : ""));
        return ExitCodes.Success;
    }

    private static bool TryChooseFormat(string? formatText, string? output, out ReportFormat format, out string error)
    {
        error = "";
        if (formatText is not null)
        {
            ReportRenderer.TryParseFormat(formatText, out format);
            return true;
        }

        var extension = output is null ? "" : Path.GetExtension(output).TrimStart('.');
        if (extension.Length > 0 && ReportRenderer.TryParseFormat(extension, out format))
        {
            return true;
        }

        format = ReportFormat.Markdown;
        return true;
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
