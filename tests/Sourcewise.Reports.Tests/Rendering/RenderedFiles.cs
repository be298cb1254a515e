using Sourcewise.Reports.Documents;
using Sourcewise.Reports.Rendering;

namespace Sourcewise.Reports.Tests.Rendering;

/// <summary>Writes the sample in every format to <c>SOURCEWISE_REPORT_OUT</c> when set, for looking at by eye.</summary>
public sealed class RenderedFiles
{
    [Fact]
    public void The_sample_is_written_out_for_inspection_when_asked()
    {
        var dir = Environment.GetEnvironmentVariable("SOURCEWISE_REPORT_OUT");
        var chart = SampleReport.Create().Sections.SelectMany(s => s.Blocks).OfType<ImageBlock>().Single();
        var documents = new (string Name, ReportDocument Document)[]
        {
            ("sample", SampleReport.Create()),
            ("decision", Sourcewise.Reports.Decisions.DecisionRecordBuilder.Build(
                Decisions.DecisionSamples.Request(withContract: true) with { Cost = Decisions.DecisionSamples.Cost(chart.Svg, chart.Png) })),
        };
        foreach (var (name, document) in documents)
        {
            foreach (var format in Enum.GetValues<ReportFormat>())
            {
                var bytes = ReportRenderer.Render(document, format);
                bytes.Length.ShouldBeGreaterThan(100);
                if (!string.IsNullOrEmpty(dir))
                {
                    Directory.CreateDirectory(dir);
                    File.WriteAllBytes(Path.Combine(dir, name + ReportRenderer.Extension(format)), bytes);
                }
            }
        }
    }
}
