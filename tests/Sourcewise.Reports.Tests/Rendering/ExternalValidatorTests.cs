using Sourcewise.Reports.Documents;
using Sourcewise.Reports.Rendering;

namespace Sourcewise.Reports.Tests.Rendering;

/// <summary>Our reports go into procurement workflows that run their own checks on them: each format passes the
/// validator its readers use, run for real (not our reading of the spec).</summary>
public sealed class ExternalValidatorTests
{
    public static TheoryData<string> Documents() => ["sample", "decision"];

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public void The_html_report_passes_html_validate_clean(string name)
    {
        var validator = ExternalValidator.Require(ExternalValidator.NpmBin("html-validate"), "html-validate",
            "npm ci --prefix tools/validators");

        var (exit, output) = ExternalValidator.Run(validator, ReportRenderer.Render(Document(name), ReportFormat.Html), name + ".html");

        output.Trim().ShouldBeEmpty();
        exit.ShouldBe(0, output);
    }

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public void The_pdf_report_passes_qpdf_check_without_a_warning(string name)
    {
        var qpdf = ExternalValidator.Require(RendererTestSupport.FindOnPath("qpdf"), "qpdf", "apt-get install qpdf");
        Skip.IfNot(Sourcewise.Reports.Rendering.Pdf.DejaVuFontResolver.FontsAvailable || RendererTestSupport.RequireAll, "DejaVu fonts are not installed");

        var (exit, output) = ExternalValidator.Run(qpdf, ReportRenderer.Render(Document(name), ReportFormat.Pdf), name + ".pdf", "--check");

        exit.ShouldBe(0, output);
        output.ShouldNotContain("WARNING", Case.Insensitive, output);
        output.ShouldContain("No syntax or stream encoding errors found");
    }

    internal static ReportDocument Document(string name)
    {
        if (name == "sample")
        {
            return SampleReport.Create();
        }

        var chart = SampleReport.Create().Sections.SelectMany(s => s.Blocks).OfType<ImageBlock>().Single();
        return Sourcewise.Reports.Decisions.DecisionRecordBuilder.Build(
            Sourcewise.Reports.Tests.Decisions.DecisionSamples.Request(withContract: true) with
            {
                Cost = Sourcewise.Reports.Tests.Decisions.DecisionSamples.Cost(chart.Svg, chart.Png),
            });
    }
}
