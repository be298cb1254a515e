using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Sourcewise.Application.Decisions;
using Sourcewise.Decisions;

namespace Sourcewise.Benchmarks;

/// <summary>The review of one decision with ten years (120 months) of actuals, every column filled, a frozen 120-month
/// band and a changed recommendation; alone and with its JSON. Target: under 50 ms.
/// Run: dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- --filter '*ReviewBenchmarks*'</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ReviewBenchmarks
{
    private DecisionUnderReview _decision = null!;
    private MonthActual[] _actuals = [];
    private SavedDecision _saved = null!;

    [GlobalSetup]
    public void Setup()
    {
        var start = new YearMonth(2016, 1);
        var random = new Random(42);
        _actuals = [.. Enumerable.Range(0, 120).Select(i => new MonthActual(start.AddMonths(i), 9_000 + random.Next(3_000), 4,
            random.Next(3), random.Next(2), random.Next(10) == 0 ? 1 : 0, i % 12 == 0 ? "new year" : null))];
        _decision = new DecisionUnderReview
        {
            Id = Guid.CreateVersion7().ToString(),
            ChosenModel = EngagementModel.ProjectOutsourcing,
            Start = start,
            ReviewBy = new DateOnly(2026, 1, 1),
            Band = [.. Enumerable.Range(1, 120).Select(m => new CostBand(m * 9_500, m * 10_000, m * 10_500))],
            ExpectedChangeRequestsPerMonth = 0.5,
            PlannedHeadcount = 4,
            Reassessment = new Reassessment("project-outsourcing", "staff-augmentation",
                [new AnswerChange("scopeClarity", "high", "low")], new AnswerChange("scopeClarity", "high", "low")),
            History = [new DecisionRevision(DateTimeOffset.UnixEpoch, "Decided", "project-outsourcing")],
        };
        var frozen = new FrozenAssumptions(EngagementModel.ProjectOutsourcing, "project-outsourcing", start,
            new FrozenCost(1, 20_000, "USD", ImmutableDictionary<string, ImmutableArray<CostBand>>.Empty
                .Add("projectOutsourcing", [.. _decision.Band]), 0.5, null, null));
        _saved = new SavedDecision(_decision.Id, "Ten years", "accepted", DateTimeOffset.UnixEpoch, _decision.ReviewBy, "{\"name\":\"x\"}",
            null, "{\"recommendation\":\"project-outsourcing\"}", "project-outsourcing", "2016-01", frozen.ToJson());
    }

    [Benchmark(Baseline = true)]
    public DecisionReview Review() => DecisionReviewer.Default.Review(_decision, _actuals, new DateOnly(2026, 6, 1));

    [Benchmark]
    public int ReviewAndJson()
    {
        var review = DecisionReviewer.Default.Review(_decision, _actuals, new DateOnly(2026, 6, 1));
        return DecisionReviewJson.Write(new ReviewedDecision(_saved, review)).Length;
    }
}
