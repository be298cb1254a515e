using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Sourcewise.Application.Decisions;
using Sourcewise.Decisions;

namespace Sourcewise.Benchmarks;

/// <summary>Fills a decision database (already created by <c>sourcewise decisions list --db FILE</c>) with N decisions,
/// each with a frozen 24-month band and 12 months of actuals, for timing <c>sourcewise decisions review --all</c>.</summary>
internal static class DecisionGenerator
{
    public static void Write(string database, int count)
    {
        var start = new YearMonth(2025, 1);
        var bands = Enumerable.Range(1, 24).Select(m => new CostBand(m * 9_000, m * 10_000, m * 11_000)).ToImmutableArray();
        var frozen = new FrozenAssumptions(EngagementModel.StaffAugmentation, "staff-augmentation", start,
            new FrozenCost(1, 20_000, "USD", ImmutableDictionary<string, ImmutableArray<CostBand>>.Empty.Add("staffAugmentation", bands), null, 0.15, 4)).ToJson();
        var random = new Random(42);
        using var connection = new SqliteConnection($"Data Source={database};Pooling=false");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var decision = connection.CreateCommand();
        decision.CommandText = "INSERT INTO decisions (id, title, profile_json, assessment_json, created_at, review_by, status, chosen_model, start_month, frozen_json) " +
                               "VALUES ($id, $title, '{\"name\":\"Generated\"}', '{\"recommendation\":\"staff-augmentation\"}', '2025-01-05 10:00:00', $review, 'accepted', 'staff-augmentation', '2025-01', $frozen)";
        var id = decision.Parameters.Add("$id", SqliteType.Text);
        var title = decision.Parameters.Add("$title", SqliteType.Text);
        var review = decision.Parameters.Add("$review", SqliteType.Text);
        decision.Parameters.AddWithValue("$frozen", frozen);
        using var actual = connection.CreateCommand();
        actual.CommandText = "INSERT INTO decision_actuals (decision_id, month, spend, headcount, change_requests, sla_breaches, attrition) " +
                             "VALUES ($id, $month, $spend, 4, 0, 0, 0)";
        var actualId = actual.Parameters.Add("$id", SqliteType.Text);
        var month = actual.Parameters.Add("$month", SqliteType.Text);
        var spend = actual.Parameters.Add("$spend", SqliteType.Real);
        for (var i = 0; i < count; i++)
        {
            id.Value = actualId.Value = Guid.CreateVersion7().ToString("D");
            title.Value = $"Decision {i}";
            review.Value = random.Next(10) == 0 ? "2025-06-01" : "2099-01-01";
            decision.ExecuteNonQuery();
            for (var m = 0; m < 12; m++)
            {
                month.Value = start.AddMonths(m).ToString();
                spend.Value = (double)(8_500 + random.Next(3_000));
                actual.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count} decisions to {database}"));
    }
}
