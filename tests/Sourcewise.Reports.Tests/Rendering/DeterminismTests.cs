using Sourcewise.Reports.Documents;
using Sourcewise.Reports.Rendering;
using Sourcewise.Reports.Rendering.Pdf;

namespace Sourcewise.Reports.Tests.Rendering;

public sealed class DeterminismTests
{
    [SkippableTheory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Docx)]
    [InlineData(ReportFormat.Pdf)]
    public void The_same_document_renders_to_the_same_bytes_twice(ReportFormat format)
    {
        Skip.If(format == ReportFormat.Pdf && !DejaVuFontResolver.FontsAvailable && !RendererTestSupport.RequireAll,
            "DejaVu fonts are not installed");

        var first = ReportRenderer.Render(SampleReport.Create(longTableRows: 30), format);
        var second = ReportRenderer.Render(SampleReport.Create(longTableRows: 30), format);

        second.ShouldBe(first);
    }

    [SkippableTheory]
    [InlineData(ReportFormat.Docx)]
    [InlineData(ReportFormat.Pdf)]
    public void Another_date_gives_other_bytes(ReportFormat format)
    {
        Skip.If(format == ReportFormat.Pdf && !DejaVuFontResolver.FontsAvailable && !RendererTestSupport.RequireAll,
            "DejaVu fonts are not installed");
        var document = SampleReport.Create(longTableRows: 2);

        var first = ReportRenderer.Render(document, format);
        var later = ReportRenderer.Render(document with { Date = document.Date.AddDays(1) }, format);

        later.ShouldNotBe(first);
    }
}
