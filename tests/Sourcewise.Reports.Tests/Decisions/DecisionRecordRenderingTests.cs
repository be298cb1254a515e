using Sourcewise.Reports.Decisions;
using Sourcewise.Reports.Documents;
using Sourcewise.Reports.Rendering;
using Sourcewise.Reports.Rendering.Pdf;
using Sourcewise.Reports.Tests.Rendering;
using UglyToad.PdfPig;

namespace Sourcewise.Reports.Tests.Decisions;

public sealed class DecisionRecordRenderingTests
{
    private static ReportDocument Record()
    {
        var chart = SampleReport.Create(1).Sections.SelectMany(s => s.Blocks).OfType<ImageBlock>().Single();
        return DecisionRecordBuilder.Build(DecisionSamples.Request(withContract: true) with
        {
            Cost = DecisionSamples.Cost(chart.Svg, chart.Png),
        });
    }

    [SkippableFact]
    public void The_pdf_record_has_every_section_as_a_bookmark_the_chart_and_numbered_pages()
    {
        Skip.IfNot(DejaVuFontResolver.FontsAvailable || RendererTestSupport.RequireAll, "DejaVu fonts are not installed");
        var document = Record();
        using var pdf = PdfDocument.Open(PdfReportRenderer.Render(document));

        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        bookmarks.Roots.Select(b => b.Title).ShouldBe(document.Sections.Select(s => s.Title));
        pdf.GetPages().Sum(p => p.GetImages().Count()).ShouldBe(1);
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        text.ShouldContain("Chosen option: Staff augmentation");
        text.ShouldContain("1,420,000");
        text.ShouldContain("(p. 2, line 14)");
        text.ShouldContain($"Page {pdf.NumberOfPages} of {pdf.NumberOfPages}");
    }

    [SkippableTheory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Docx)]
    [InlineData(ReportFormat.Pdf)]
    public void The_record_renders_to_the_same_bytes_twice(ReportFormat format)
    {
        Skip.If(format == ReportFormat.Pdf && !DejaVuFontResolver.FontsAvailable && !RendererTestSupport.RequireAll,
            "DejaVu fonts are not installed");

        ReportRenderer.Render(Record(), format).ShouldBe(ReportRenderer.Render(Record(), format));
    }
}
