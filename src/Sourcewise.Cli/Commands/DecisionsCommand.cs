using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Sourcewise.Application;
using Sourcewise.Application.Decisions;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.Decisions;
using Sourcewise.Web.Decisions;

namespace Sourcewise.Cli.Commands;

/// <summary><c>sourcewise decisions list [--status S] | show ID | actuals ID FILE | review ID|--all [--db CONNECTION]</c>:
/// saved decisions, their actuals and reviews, over the same database as <c>serve</c>.</summary>
internal static class DecisionsCommand
{
    /// <summary>Exit code of <c>review --all</c> when a decision needs attention.</summary>
    public const int NeedsAttention = 3;

    public static Command Create(CliEnvironment env)
    {
        var command = new Command("decisions", "Saved decisions: list them by what needs attention, show one, record its monthly " +
                                               "actuals, review one or all (exit 3 when any is to reopen, drifting or overdue).");
        command.Subcommands.Add(List(env));
        command.Subcommands.Add(Show(env));
        command.Subcommands.Add(Actuals(env));
        command.Subcommands.Add(Review(env));
        return command;
    }

    private static Option<string?> Db() => new("--db")
    {
        Description = "A SQLite file path, or a PostgreSQL connection string (Host=…). Default: SOURCEWISE_DB, else sourcewise.db " +
                      "in the user's data folder (the same database as serve).",
    };

    private static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "text (default) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    private static Command List(CliEnvironment env)
    {
        var status = new Option<string?>("--status") { Description = "Only decisions with this review status." };
        status.AcceptOnlyFromAmong([.. ReviewStatuses.Ids]);
        var db = Db();
        var format = Format();
        var command = new Command("list", "Saved decisions with their review status, most urgent first.") { status, db, format };
        command.SetAction((parse, cancellationToken) => RunAsync(env, parse.GetValue(db), async reviews =>
        {
            ReviewStatus? wanted = ReviewStatuses.TryParse(parse.GetValue(status), out var s) ? s : null;
            var listed = await reviews.ListAsync(wanted, int.MaxValue, cancellationToken).ConfigureAwait(false);
            Write(env, listed, parse.GetValue(format) == "json", details: false);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command Show(CliEnvironment env)
    {
        var id = new Argument<string>("ID") { Description = "The decision's id." };
        var db = Db();
        var format = Format();
        var command = new Command("show", "One decision: its review, months and history.") { id, db, format };
        command.SetAction((parse, cancellationToken) => RunAsync(env, parse.GetValue(db), async reviews =>
            One(env, await reviews.ReviewAsync(parse.GetValue(id)!, cancellationToken).ConfigureAwait(false), parse.GetValue(format) == "json",
                withMonths: true), cancellationToken));
        return command;
    }

    private static Command Actuals(CliEnvironment env)
    {
        var id = new Argument<string>("ID") { Description = "The decision's id." };
        var file = new Argument<FileInfo>("FILE") { Description = "Monthly actuals: .csv (month,spend,headcount,changeRequests,slaBreaches,attrition,note) or .json." };
        var db = Db();
        var format = Format();
        var command = new Command("actuals", "Record monthly actuals from a file (a month already there is replaced; a bad row stores nothing).")
        {
            id, file, db, format,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(env, parse.GetValue(db), async reviews =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await env.Error.WriteLineAsync($"{path.FullName}: no such file").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var text = await File.ReadAllTextAsync(path.FullName, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            var kind = path.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) ? ActualsFormat.Json : ActualsFormat.Csv;
            var outcome = await reviews.RecordActualsAsync(parse.GetValue(id)!, text, kind, path.Name, cancellationToken).ConfigureAwait(false);
            return One(env, outcome, parse.GetValue(format) == "json", withMonths: false);
        }, cancellationToken));
        return command;
    }

    private static Command Review(CliEnvironment env)
    {
        var id = new Argument<string?>("ID") { Description = "The decision's id.", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Review every saved decision; exit 3 when any needs attention." };
        var db = Db();
        var format = Format();
        var command = new Command("review", "Review a decision, or --all (exit 3 when any is to reopen, drifting or overdue).")
        {
            id, all, db, format,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(all) == (result.GetValue(id) is not null))
            {
                result.AddError("give a decision ID or --all");
            }
        });
        command.SetAction((parse, cancellationToken) => RunAsync(env, parse.GetValue(db), async reviews =>
        {
            var json = parse.GetValue(format) == "json";
            if (parse.GetValue(id) is { } one)
            {
                var outcome = await reviews.ReviewAsync(one, cancellationToken).ConfigureAwait(false);
                var code = One(env, outcome, json, withMonths: false);
                return code == ExitCodes.Success && outcome.Value!.Review.Status.NeedsAttention() ? NeedsAttention : code;
            }

            var reviewed = new List<ReviewedDecision>();
            await foreach (var r in reviews.ReviewAllAsync(cancellationToken).ConfigureAwait(false))
            {
                reviewed.Add(r);
            }

            var ordered = DecisionReviews.MostUrgentFirst(reviewed).ToList();
            Write(env, ordered, json, details: true);
            var attention = ordered.Count(r => r.Review.Status.NeedsAttention());
            if (!json)
            {
                env.Output.WriteLine($"{ordered.Count} decisions reviewed; {attention} need attention.");
            }

            return attention > 0 ? NeedsAttention : ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment env, string? database, Func<DecisionReviews, Task<int>> action,
        CancellationToken cancellationToken)
    {
        ServiceProvider provider;
        try
        {
            provider = await DecisionDatabase.OpenAsync(database, env.Time, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await env.Error.WriteLineAsync($"{database ?? "the decision database"}: cannot open it: {e.GetBaseException().Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        await using (provider.ConfigureAwait(false))
        {
            await using var scope = provider.CreateAsyncScope();
            return await action(scope.ServiceProvider.GetRequiredService<DecisionReviews>()).ConfigureAwait(false);
        }
    }

    private static int One(CliEnvironment env, Outcome<ReviewedDecision> outcome, bool json, bool withMonths)
    {
        if (!outcome.HasValue)
        {
            foreach (var diagnostic in outcome.Diagnostics.Where(d => d.IsError).Take(20))
            {
                env.Error.WriteLine(diagnostic.ToString());
            }

            return ExitCodes.BadInput;
        }

        if (json)
        {
            env.Output.Write(Encoding.UTF8.GetString(DecisionReviewJson.Write(outcome.Value!)));
            env.Output.WriteLine();
            return ExitCodes.Success;
        }

        WriteText(env.Output, outcome.Value!, details: true);
        if (withMonths)
        {
            foreach (var month in outcome.Value!.Review.Months)
            {
                var band = month.Band is { } b ? $"band {b.P10:N0}–{b.P90:N0}" : "no band";
                env.Output.WriteLine(FormattableString.Invariant($"  {month.Actual.Month}  spend {month.Actual.Spend:N0}  cumulative {month.Cumulative:N0}  {band}"));
            }

            foreach (var entry in outcome.Value.Review.History)
            {
                env.Output.WriteLine(FormattableString.Invariant($"  {entry.At.UtcDateTime:yyyy-MM-dd}  {entry.Change}  → {entry.Recommendation}"));
            }
        }

        return ExitCodes.Success;
    }

    private static void Write(CliEnvironment env, IReadOnlyList<ReviewedDecision> reviewed, bool json, bool details)
    {
        if (json)
        {
            env.Output.Write(Encoding.UTF8.GetString(DecisionReviewJson.WriteList(reviewed)));
            env.Output.WriteLine();
            return;
        }

        foreach (var r in reviewed)
        {
            WriteText(env.Output, r, details);
        }
    }

    private static void WriteText(TextWriter output, ReviewedDecision reviewed, bool details)
    {
        output.WriteLine($"{reviewed.Review.Status.ToId(),-10}  {reviewed.Decision.Id}  {reviewed.Decision.Title}  ({reviewed.Review.ChosenModel.ToId()})");
        if (details)
        {
            foreach (var reason in reviewed.Review.Reasons)
            {
                output.WriteLine($"  - {reason.Kind.ToId()}: {reason.Message}");
            }
        }
    }
}
