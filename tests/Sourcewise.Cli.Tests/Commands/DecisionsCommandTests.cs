using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sourcewise.Application.Decisions;
using Sourcewise.Decisions;

namespace Sourcewise.Cli.Tests.Commands;

/// <summary><c>sourcewise decisions …</c> over a real SQLite file (the same schema <c>serve</c> uses).</summary>
public sealed class DecisionsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sourcewise-decisions-").FullName;

    private string Db => Path.Combine(_folder, "decisions.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Creates the schema through the CLI, then saves one decision (start 2026-01, staff augmentation, a band
    /// of 10,000 ± 10% a month) as the web app would have stored it.</summary>
    private async Task<string> SavedDecisionAsync(string reviewBy = "2099-01-01")
    {
        (await CliRun.RunAsync(["decisions", "list", "--db", Db])).Exit.ShouldBe(0);
        var id = Guid.CreateVersion7().ToString("D");
        var bands = Enumerable.Range(1, 24).Select(m => new CostBand(m * 9_000, m * 10_000, m * 11_000)).ToImmutableArray();
        var frozen = new FrozenAssumptions(EngagementModel.StaffAugmentation, "staff-augmentation", new YearMonth(2026, 1),
            new FrozenCost(1, 20_000, "USD", ImmutableDictionary<string, ImmutableArray<CostBand>>.Empty.Add("staffAugmentation", bands), null, 0.15, 4));
        await using var connection = new SqliteConnection($"Data Source={Db};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO decisions (id, title, profile_json, assessment_json, created_at, review_by, status, chosen_model, start_month, frozen_json) " +
                              "VALUES ($id, 'Payments team', '{\"name\":\"Payments\"}', '{\"recommendation\":\"staff-augmentation\"}', '2026-01-05 10:00:00', $review, 'accepted', 'staff-augmentation', '2026-01', $frozen)";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$review", reviewBy);
        command.Parameters.AddWithValue("$frozen", frozen.ToJson());
        await command.ExecuteNonQueryAsync();
        return id;
    }

    private string Csv(string text)
    {
        var path = Path.Combine(_folder, $"actuals-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Review_all_of_an_empty_database_exits_0()
    {
        var (exit, output, _) = await CliRun.RunAsync(["decisions", "review", "--all", "--db", Db]);

        exit.ShouldBe(0);
        output.ShouldContain("0 decisions reviewed; 0 need attention.");
    }

    [Fact]
    public async Task Actuals_from_a_csv_give_the_review_and_review_all_exits_3_when_one_drifts()
    {
        var id = await SavedDecisionAsync();

        var (exit, output, error) = await CliRun.RunAsync(["decisions", "actuals", id, Csv("month,spend\n2026-01,10000\n2026-02,14000\n"), "--db", Db]);
        exit.ShouldBe(0, error);
        output.ShouldStartWith($"drifting    {id}  Payments team  (staff-augmentation)");
        output.ShouldContain("cost-above-band: Cumulative spend has been above the expected band since 2026-02");

        var all = await CliRun.RunAsync(["decisions", "review", "--all", "--db", Db, "--format", "json"]);
        all.Exit.ShouldBe(3);
        var json = JsonDocument.Parse(all.Out).RootElement;
        json[0].GetProperty("status").GetString().ShouldBe("drifting");

        var listed = await CliRun.RunAsync(["decisions", "list", "--status", "on-track", "--db", Db]);
        listed.Exit.ShouldBe(0);
        listed.Out.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_month_sent_again_replaces_it_and_the_decision_is_on_track_again()
    {
        var id = await SavedDecisionAsync();
        await CliRun.RunAsync(["decisions", "actuals", id, Csv("month,spend\n2026-01,10000\n2026-02,14000\n"), "--db", Db]);

        var (exit, output, _) = await CliRun.RunAsync(["decisions", "actuals", id, Csv("month,spend\n2026-02,10000\n"), "--db", Db]);
        var review = await CliRun.RunAsync(["decisions", "review", id, "--db", Db]);

        exit.ShouldBe(0);
        output.ShouldStartWith("on-track");
        review.Exit.ShouldBe(0);
        var show = await CliRun.RunAsync(["decisions", "show", id, "--db", Db]);
        show.Out.ShouldContain("2026-02  spend 10,000  cumulative 20,000  band 18,000–22,000");
    }

    [Fact]
    public async Task A_bad_row_exits_1_with_one_line_naming_file_row_and_column_and_stores_nothing()
    {
        var id = await SavedDecisionAsync();
        var file = Csv("month,spend\n2026-01,10000\n2026-02,-3\n");

        var (exit, output, error) = await CliRun.RunAsync(["decisions", "actuals", id, file, "--db", Db]);

        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.Trim().ShouldBe($"{Path.GetFileName(file)}: spend: row 3, column 2: must be 0 or more, got -3");
        (await CliRun.RunAsync(["decisions", "show", id, "--db", Db, "--format", "json"])).Out
            .ShouldContain("\"months\":[]");
    }

    [Fact]
    public async Task An_overdue_decision_needs_attention_and_an_unknown_id_exits_1()
    {
        var id = await SavedDecisionAsync(reviewBy: "2026-02-01");

        var review = await CliRun.RunAsync(["decisions", "review", id, "--db", Db]);
        var unknown = await CliRun.RunAsync(["decisions", "show", Guid.CreateVersion7().ToString(), "--db", Db]);
        var usage = await CliRun.RunAsync(["decisions", "review", "--db", Db]);

        review.Exit.ShouldBe(3);
        review.Out.ShouldContain("review-date-passed: The review date 2026-02-01 has passed");
        unknown.Exit.ShouldBe(1);
        unknown.Err.ShouldContain("no decision");
        usage.Exit.ShouldBe(2);
    }
}
