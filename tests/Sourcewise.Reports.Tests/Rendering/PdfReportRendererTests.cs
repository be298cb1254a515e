using Sourcewise.Reports.Rendering.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Sourcewise.Reports.Tests.Rendering;

public sealed class PdfReportRendererTests
{
    private static readonly Lazy<byte[]> Sample = new(() => PdfReportRenderer.Render(SampleReport.Create()));

    private static string Text(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    [SkippableFact]
    public void The_pdf_holds_the_title_headings_and_table_content()
    {
        Skip.IfNot(DejaVuFontResolver.FontsAvailable || RendererTestSupport.RequireAll, "DejaVu fonts are not installed");
        using var pdf = PdfDocument.Open(Sample.Value);

        var all = string.Join(" ", pdf.GetPages().Select(Text));
        all.ShouldContain("Decision record: Payroll provider integration");
        all.ShouldContain("Context and question");
        all.ShouldContain("Options considered");
        all.ShouldContain("Staff augmentation");
        all.ShouldContain("Client's own leadership");
        all.ShouldContain("Month 60");
        all.ShouldContain("60,000");
        all.ShouldContain("Decision owner");
        pdf.Information.Title.ShouldBe("Decision record: Payroll provider integration");
        pdf.Information.CreationDate.ShouldStartWith("D:20261129");
    }

    [SkippableFact]
    public void Every_page_is_numbered_page_n_of_total()
    {
        Skip.IfNot(DejaVuFontResolver.FontsAvailable || RendererTestSupport.RequireAll, "DejaVu fonts are not installed");
        using var pdf = PdfDocument.Open(Sample.Value);

        pdf.NumberOfPages.ShouldBeGreaterThanOrEqualTo(3);
        foreach (var page in pdf.GetPages())
        {
            Text(page).ShouldContain($"Page {page.Number} of {pdf.NumberOfPages}");
        }
    }

    [SkippableFact]
    public void A_table_that_breaks_across_pages_repeats_its_header_row()
    {
        Skip.IfNot(DejaVuFontResolver.FontsAvailable || RendererTestSupport.RequireAll, "DejaVu fonts are not installed");
        using var pdf = PdfDocument.Open(Sample.Value);

        var pagesWithMonths = pdf.GetPages().Where(p => Text(p).Contains("Month 3", StringComparison.Ordinal)).ToList();
        pagesWithMonths.Count.ShouldBeGreaterThan(1);
        pagesWithMonths.ShouldAllBe(p => Text(p).Contains("Cost (USD)", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void The_chart_is_an_image_and_the_fonts_are_embedded()
    {
        Skip.IfNot(DejaVuFontResolver.FontsAvailable || RendererTestSupport.RequireAll, "DejaVu fonts are not installed");
        using var pdf = PdfDocument.Open(Sample.Value);

        pdf.GetPages().Sum(p => p.GetImages().Count()).ShouldBe(1);
        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        letters.Select(l => l.FontName).Distinct().ShouldAllBe(name => name!.Contains("DejaVu"));
        var page = pdf.GetPage(1);
        page.Dictionary.ShouldNotBeNull();
        letters.ShouldContain(l => l.FontName!.Contains("Bold"));
    }

    [SkippableFact]
    public void Sections_are_bookmarks()
    {
        Skip.IfNot(DejaVuFontResolver.FontsAvailable || RendererTestSupport.RequireAll, "DejaVu fonts are not installed");
        using var pdf = PdfDocument.Open(Sample.Value);

        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        bookmarks.Roots.Select(b => b.Title)
            .ShouldBe(["Context and question", "Options considered", "Cost comparison", "Sign-off"]);
    }

    [SkippableFact]
    public void Pdftoppm_renders_every_page()
    {
        var pdftoppm = RendererTestSupport.FindOnPath("pdftoppm");
        Skip.If(pdftoppm is null && !RendererTestSupport.RequireAll, "pdftoppm (poppler-utils) is not installed");
        Skip.IfNot(DejaVuFontResolver.FontsAvailable || RendererTestSupport.RequireAll, "DejaVu fonts are not installed");
        var dir = Directory.CreateTempSubdirectory("sourcewise-pdf-");
        try
        {
            var file = Path.Combine(dir.FullName, "sample.pdf");
            File.WriteAllBytes(file, Sample.Value);
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(
                pdftoppm ?? "pdftoppm", new[] { "-r", "30", "-png", file, Path.Combine(dir.FullName, "page") })
            { RedirectStandardError = true })!;
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();

            process.ExitCode.ShouldBe(0, errors);
            errors.ShouldBeEmpty();
            using var pdf = PdfDocument.Open(Sample.Value);
            dir.GetFiles("page-*.png").Length.ShouldBe(pdf.NumberOfPages);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public void A_row_taller_than_a_page_continues_on_the_next_page_without_losing_text()
    {
        Skip.IfNot(DejaVuFontResolver.FontsAvailable || RendererTestSupport.RequireAll, "DejaVu fonts are not installed");
        var longText = string.Join(" ", Enumerable.Range(1, 1500).Select(i => $"w{i}"));
        var document = new Documents.ReportDocument("Long row", SampleReport.Date, [],
        [
            new Documents.ReportSection("Table", [
                new Documents.TableBlock(["Key", "Text"], [["first", longText], ["second", "short"]], [1, 4]),
            ], "table"),
        ]);

        using var pdf = PdfDocument.Open(PdfReportRenderer.Render(document));

        pdf.NumberOfPages.ShouldBeGreaterThan(1);
        var words = pdf.GetPages().SelectMany(p => p.GetWords().Select(w => w.Text)).ToHashSet();
        Enumerable.Range(1, 1500).Where(i => !words.Contains($"w{i}")).ShouldBeEmpty();
        words.ShouldContain("second");
        foreach (var page in pdf.GetPages().Skip(1))
        {
            Text(page).ShouldStartWith("Key Text");
        }
    }
}
