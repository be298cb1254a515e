using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Sourcewise.Contracts;
using Sourcewise.Diagnostics;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;
using Sourcewise.Documents.Contracts;

namespace Sourcewise.Documents.Tests.Contracts;

public sealed class DocxContractReaderTests
{
    public static TheoryData<string> CorpusDocxWithExtracts() =>
    [
        "bonterms-professional-services-agreement",
        "common-paper-csa-with-sla",
        "common-paper-independent-contractor-agreement",
        "common-paper-order-form-with-sla",
        "common-paper-professional-services-agreement",
        "common-paper-statement-of-work",
    ];

    [SkippableTheory]
    [MemberData(nameof(CorpusDocxWithExtracts))]
    public async Task Corpus_DOCX_text_matches_the_extract_beside_it(string name)
    {
        var docx = Corpus.File($"templates/docx/{name}.docx");
        var extract = await File.ReadAllLinesAsync(Corpus.File($"templates/docx/{name}.extracted.md"));

        var result = await ContractReader.ReadFileAsync(docx);

        result.Success.ShouldBeTrue(string.Join("; ", result.Diagnostics));
        var all = string.Join("\n", result.Value.Lines.Select(l => l.Text));
        var expected = extract.Skip(1).Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length >= 20).ToList();
        var missing = expected.Where(l => !all.Contains(l, StringComparison.Ordinal)).ToList();
        missing.ShouldBeEmpty($"{missing.Count} of {expected.Count} extract lines are missing, e.g. {missing.FirstOrDefault()}");
    }

    [SkippableFact]
    public async Task A_Common_Paper_DOCX_gives_numbered_clauses_headings_tables_and_pages()
    {
        var result = await ContractReader.ReadFileAsync(Corpus.File("templates/docx/common-paper-professional-services-agreement.docx"));

        var text = result.GetValueOrThrow();
        text.Format.ShouldBe("docx");
        text.PageCount.ShouldBe(3);
        text.Lines.ShouldContain(new ContractLine(3, 1, "1. Services", ContractLineKind.Heading));
        text.Lines.ShouldContain(l => l.Page == 3 && l.Kind == ContractLineKind.Clause
            && l.Text.StartsWith("1.4 Acceptance. If according to the SOW Deliverables are subject to this section", StringComparison.Ordinal));
        text.Lines.ShouldContain(l => l.Page == 1 && l.Kind == ContractLineKind.TableRow
            && l.Text == "Payment Period Time frame for Customer to pay invoices | {payment_terms}");
        text.Lines.ShouldContain(l => l.Page == 3 && l.Kind == ContractLineKind.Clause
            && l.Text.StartsWith("13.7 “Covered Claim” means", StringComparison.Ordinal));
        text.Lines.ShouldContain(l => l.Page == 3 && l.Kind == ContractLineKind.Heading && l.Text == "13. Definitions");
    }

    [Fact]
    public async Task Heading_styles_numbering_and_page_breaks_come_through_from_a_generated_DOCX()
    {
        var bytes = BuildDocx(body =>
        {
            body.Append(Para("Master Services Agreement", style: "Heading1"));
            body.Append(Para("The Supplier shall provide the Services.", numbered: true));
            body.Append(Para("The Customer shall pay the fees.", numbered: true));
            body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page }, new WText("Schedule of rates"))));
            body.Append(new Table(new TableRow(Cell("Role"), Cell("Rate")), new TableRow(Cell("Engineer"), Cell("$100"))));
        });

        var text = (await ReadAsync(bytes)).GetValueOrThrow();

        text.Lines.ShouldBe(
        [
            new ContractLine(1, 1, "Master Services Agreement", ContractLineKind.Heading),
            new ContractLine(1, 2, "1. The Supplier shall provide the Services.", ContractLineKind.Clause),
            new ContractLine(1, 3, "2. The Customer shall pay the fees.", ContractLineKind.Clause),
            new ContractLine(2, 1, "Schedule of rates", ContractLineKind.Body),
            new ContractLine(2, 2, "Role | Rate", ContractLineKind.TableRow),
            new ContractLine(2, 3, "Engineer | $100", ContractLineKind.TableRow),
        ]);
        text.PageCount.ShouldBe(2);
    }

    [Fact]
    public async Task A_DOCX_that_is_not_a_zip_is_refused()
    {
        var result = await ReadAsync("This is plain text pretending to be Word."u8.ToArray(), "fake.docx");

        result.Diagnostics.Single(d => d.IsError).ToString().ShouldBe(
            "fake.docx: is not a DOCX file (a DOCX is a zip archive, and this is not one)");
    }

    [Fact]
    public async Task A_zip_that_is_not_a_Word_document_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hello");
        }

        var result = await ReadAsync(buffer.ToArray(), "archive.docx");

        result.Diagnostics.Single(d => d.IsError).Code.ShouldBe("docx-not-word");
    }

    [Fact]
    public async Task A_zip_bomb_that_declares_its_size_is_refused_before_inflating()
    {
        var bytes = Bomb(inflatedBytes: 8 * 1024 * 1024, lieAboutSize: false);

        var result = await ReadAsync(bytes, "bomb.docx", new ContractReaderOptions { MaxInflatedBytes = 1024 * 1024 });

        var error = result.Diagnostics.Single(d => d.IsError);
        error.Code.ShouldBe("zip-bomb");
        error.ToString().ShouldBe("bomb.docx: declares more than 1 MiB of uncompressed content (a zip bomb?); refused");
    }

    [Fact]
    public async Task A_zip_bomb_that_lies_about_its_size_stops_at_the_limit()
    {
        var bytes = Bomb(inflatedBytes: 16 * 1024 * 1024, lieAboutSize: true);
        var started = System.Diagnostics.Stopwatch.StartNew();

        var result = await ReadAsync(bytes, "liar.docx", new ContractReaderOptions { MaxInflatedBytes = 1024 * 1024 });

        result.Success.ShouldBeFalse();
        result.Diagnostics.Single(d => d.IsError).Code.ShouldBeOneOf("zip-bomb", "docx-damaged");
        result.Diagnostics.Single(d => d.IsError).ToString().ShouldStartWith("liar.docx: ");
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_zip_declaring_more_than_the_default_limit_is_refused()
    {
        // An entry that declares 300 MiB (over the 200 MiB default) is refused from its header alone.
        var bytes = Bomb(inflatedBytes: 1024 * 1024, lieAboutSize: true, declaredBytes: 300 * 1024 * 1024);

        var result = await ReadAsync(bytes, "big-bomb.docx");

        result.Diagnostics.Single(d => d.IsError).Code.ShouldBe("zip-bomb");
    }

    private static async Task<Result<ContractText>> ReadAsync(byte[] bytes, string name = "t.docx", ContractReaderOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return await ContractReader.ReadStreamAsync(stream, name, options);
    }

    private static byte[] Bomb(long inflatedBytes, bool lieAboutSize, int declaredBytes = 1000)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflatedBytes; written += zeros.Length)
            {
                entry.Write(zeros);
            }
        }

        var bytes = buffer.ToArray();
        if (lieAboutSize)
        {
            // Patch the uncompressed size in the local header (offset 22) and the central directory (offset 24).
            for (var i = 0; i + 4 < bytes.Length; i++)
            {
                if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4)
                {
                    BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), declaredBytes);
                }
                else if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2)
                {
                    BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), declaredBytes);
                }
            }
        }

        return bytes;
    }

    private static byte[] BuildDocx(Action<Body> fill)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Heading1" });
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal },
                    new LevelText { Val = "%1." })
                { LevelIndex = 0 })
                { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 7 });
            var body = new Body();
            fill(body);
            main.Document = new Document(body);
        }

        return buffer.ToArray();
    }

    private static Paragraph Para(string text, string? style = null, bool numbered = false)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (numbered)
        {
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 7 }));
        }

        return new Paragraph(properties, new Run(new WText(text)));
    }

    private static TableCell Cell(string text) => new(new Paragraph(new Run(new WText(text))));
}
