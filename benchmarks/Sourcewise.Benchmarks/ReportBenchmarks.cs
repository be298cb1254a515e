using BenchmarkDotNet.Attributes;
using Sourcewise.Assessments;
using Sourcewise.CostModel;
using Sourcewise.Profiles;
using Sourcewise.Reports.Charts;
using Sourcewise.Reports.Decisions;
using Sourcewise.Reports.Documents;
using Sourcewise.Reports.Rendering;

namespace Sourcewise.Benchmarks;

/// <summary>Building a decision record (assessment + cost + chart already computed) and rendering it to each format.
/// Run: dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- --filter '*ReportBenchmarks*'</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private DecisionRequest _request = null!;
    private ReportDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        var builder = new WorkProfileBuilder();
        foreach (var (key, value) in new[]
        {
            ("name", "Search relevance"), ("stage", "series-b"), ("workType", "product"), ("differentiating", "true"),
            ("requirementVolatility", "medium"), ("leadershipBandwidth", "high"), ("knowledgeRetention", "high"),
        })
        {
            builder.Set(key, value);
        }

        var profile = builder.Build().Value!;
        var scenario = CostScenario.Create(24,
            staffAugmentation: new StaffAugmentationOption { Heads = 4, MonthlyRatePerHead = 14000 },
            projectOutsourcing: new ProjectOutsourcingOption { FixedBid = 480000, ChangeRequestsPerMonth = 1.5, ChangeRequestCost = 18000 }).Value!;
        var cost = new CostSimulator().Simulate(scenario, new CostSimulationOptions { Trials = 2000, Seed = 1, DriverTrials = 500 });
        _request = new DecisionRequest
        {
            Profile = profile,
            Assessment = AssessmentEngine.Default.Assess(profile),
            Date = new DateOnly(2026, 11, 29),
            Models = DecisionInputs.Models(),
            Cost = DecisionInputs.FromCost(cost, CostChart.ToSvg(cost), CostChart.ToPng(cost), CostChart.DefaultWidth, CostChart.DefaultHeight),
        };
        _document = DecisionRecordBuilder.Build(_request);
        ReportRenderer.Render(_document, ReportFormat.Pdf); // fonts loaded once, outside the measurement
    }

    [Benchmark]
    public ReportDocument Build() => DecisionRecordBuilder.Build(_request);

    [Benchmark]
    public byte[] Markdown() => ReportRenderer.Render(_document, ReportFormat.Markdown);

    [Benchmark]
    public byte[] Html() => ReportRenderer.Render(_document, ReportFormat.Html);

    [Benchmark]
    public byte[] Docx() => ReportRenderer.Render(_document, ReportFormat.Docx);

    [Benchmark]
    public byte[] Pdf() => ReportRenderer.Render(_document, ReportFormat.Pdf);
}
