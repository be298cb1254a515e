using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Sourcewise.Reports.Rendering;

namespace Sourcewise.Reports.Tests.Rendering;

public sealed class DocxReportRendererTests
{
    private static WordprocessingDocument Open(byte[] bytes) =>
        WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    [Fact]
    public void Section_titles_are_heading_1_paragraphs_with_the_style_defined_in_the_styles_part()
    {
        using var docx = Open(DocxReportRenderer.Render(SampleReport.Create()));
        var main = docx.MainDocumentPart!;

        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        styles["Heading1"].StyleName!.Val!.Value.ShouldBe("heading 1");
        styles["Heading2"].StyleName!.Val!.Value.ShouldBe("heading 2");
        styles.ShouldContainKey("Title");

        var paragraphs = main.Document!.Body!.Elements<Paragraph>().ToList();
        string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        paragraphs.Where(p => StyleOf(p) == "Heading1").Select(p => p.InnerText)
            .ShouldBe(["Context and question", "Options considered", "Cost comparison", "Sign-off"]);
        paragraphs.Where(p => StyleOf(p) == "Heading2").Select(p => p.InnerText).ShouldBe(["The three models"]);
        paragraphs.First(p => StyleOf(p) == "Title").InnerText.ShouldBe("Decision record: Payroll provider integration");
    }

    [Fact]
    public void Tables_have_a_repeating_header_row_and_their_content()
    {
        using var docx = Open(DocxReportRenderer.Render(SampleReport.Create(longTableRows: 5)));
        var tables = docx.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();

        tables.Count.ShouldBe(3);
        var models = tables[0];
        var header = models.Elements<TableRow>().First();
        header.TableRowProperties!.GetFirstChild<TableHeader>().ShouldNotBeNull();
        header.Elements<TableCell>().Select(c => c.InnerText)
            .ShouldBe(["Dimension", "Staff augmentation", "Project outsourcing", "Managed services"]);
        models.Elements<TableRow>().Skip(1).First().Elements<TableCell>().First().InnerText.ShouldBe("Control");
        tables[1].Elements<TableRow>().Count().ShouldBe(6);
        tables[2].Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().First().InnerText)
            .ShouldBe(["Decision owner", "Finance partner", "Procurement"]);
    }

    [Fact]
    public void The_chart_is_a_png_picture_with_its_alt_text()
    {
        using var docx = Open(DocxReportRenderer.Render(SampleReport.Create(longTableRows: 1)));
        var main = docx.MainDocumentPart!;

        var image = main.ImageParts.ShouldHaveSingleItem();
        image.ContentType.ShouldBe("image/png");
        using var stream = image.GetStream();
        var signature = new byte[8];
        stream.ReadExactly(signature);
        signature.ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        var docProperties = main.Document!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single();
        docProperties.Description!.Value.ShouldBe("Cumulative cost per option over 24 months, p10 to p90 bands.");
        image.Uri.OriginalString.ShouldEndWith(".png");
        main.Document!.Descendants<DocumentFormat.OpenXml.Drawing.Pictures.NonVisualDrawingProperties>().Single().Name!.Value!
            .ShouldEndWith(".png");
    }

    [Fact]
    public void The_package_has_the_settings_and_application_properties_word_writes()
    {
        using var docx = Open(DocxReportRenderer.Render(SampleReport.Create(longTableRows: 1)));

        docx.MainDocumentPart!.DocumentSettingsPart.ShouldNotBeNull().Uri.OriginalString.ShouldBe("/word/settings.xml");
        var app = docx.ExtendedFilePropertiesPart.ShouldNotBeNull();
        app.Uri.OriginalString.ShouldBe("/docProps/app.xml");
        app.Properties!.Application!.Text.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void The_core_properties_carry_the_document_date_and_title_and_the_footer_numbers_pages()
    {
        using var docx = Open(DocxReportRenderer.Render(SampleReport.Create(longTableRows: 1)));

        docx.PackageProperties.Created.ShouldBe(new DateTime(2026, 11, 29, 0, 0, 0, DateTimeKind.Utc));
        docx.PackageProperties.Modified.ShouldBe(new DateTime(2026, 11, 29, 0, 0, 0, DateTimeKind.Utc));
        docx.PackageProperties.Title.ShouldBe("Decision record: Payroll provider integration");
        var footer = docx.MainDocumentPart!.FooterParts.ShouldHaveSingleItem().Footer!;
        footer.Descendants<FieldCode>().Select(f => f.Text.Trim()).ShouldBe(["PAGE", "NUMPAGES"]);
    }

    [Fact]
    public void The_document_is_valid_against_the_office_open_xml_schema()
    {
        var record = Sourcewise.Reports.Decisions.DecisionRecordBuilder.Build(
            Decisions.DecisionSamples.Request(withContract: true) with
            {
                Cost = Decisions.DecisionSamples.Cost(null, SampleReport.Create(1).Sections.SelectMany(s => s.Blocks)
                    .OfType<Documents.ImageBlock>().Single().Png),
            });
        using var docx = Open(DocxReportRenderer.Render(record));

        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(docx)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        errors.ShouldBeEmpty(string.Join("\n", errors));
    }
}
