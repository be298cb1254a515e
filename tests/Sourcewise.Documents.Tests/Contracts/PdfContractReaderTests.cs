using PdfSharp.Drawing;
using Sourcewise.Contracts;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Contracts;

namespace Sourcewise.Documents.Tests.Contracts;

public sealed class PdfContractReaderTests
{
    private static readonly string[] Tasks = ["deliver", "test", "deploy", "support"];

    private static async Task<Result<ContractText>> ReadAsync(byte[] bytes, string name = "t.pdf", ContractReaderOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return await ContractReader.ReadStreamAsync(stream, name, options);
    }

    [SkippableFact]
    public async Task The_Bonterms_PDF_reads_with_pages_lines_and_headings_and_without_footers()
    {
        var result = await ContractReader.ReadFileAsync(Corpus.File("templates/docx/bonterms-psa-v1.2.pdf"));

        result.Success.ShouldBeTrue(string.Join("; ", result.Diagnostics));
        var text = result.Value;
        text.Format.ShouldBe("pdf");
        text.PageCount.ShouldBe(11);
        text.Lines[0].ShouldBe(new ContractLine(1, 1, "Bonterms Professional Services Agreement", ContractLineKind.Heading));
        text.Lines.ShouldContain(new ContractLine(3, 8, "3.3. Change Orders.", ContractLineKind.Heading));
        text.Lines.ShouldContain(new ContractLine(3, 9,
            "(a) Change Request. Either Customer or Provider may request a change to Deliverables, Services or other elements of a",
            ContractLineKind.Clause));
        text.Lines.Select(l => l.Page).Distinct().Count().ShouldBe(11);
        text.Lines.ShouldAllBe(l => !l.Text.StartsWith("Page |", StringComparison.Ordinal)
            && !l.Text.Contains("does not provide legal advice", StringComparison.Ordinal)
            && !l.Text.Contains("Free to use under CC BY", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_known_Bonterms_sentence_reads_whole_across_its_lines()
    {
        var text = (await ContractReader.ReadFileAsync(Corpus.File("templates/docx/bonterms-psa-v1.2.pdf"))).GetValueOrThrow();

        var sentences = ContractSentences.Split(text);

        sentences.ShouldContain(new ContractSentence(3, 6,
            "Provider will notify Customer in the event the Services may be delayed due to Customer’s failure to provide a Dependency when required by the SOW.",
            ContractLineKind.Body, 3, 7));
        sentences.ShouldContain(s => s.Text.StartsWith("3.4. Acceptance. To the extent that a Deliverable is specified as subject to acceptance in a SOW, the provisions of this Section 3.4 will apply.", StringComparison.Ordinal));
        sentences.ShouldAllBe(s => !System.Text.RegularExpressions.Regex.IsMatch(s.Text, @"\p{Ll}- \p{Ll}"));
    }

    [SkippableFact]
    public async Task Hyphenated_line_ends_are_joined_and_compounds_keep_their_hyphen()
    {
        var bytes = TestPdfs.Lines(
        [
            "The Provider is responsible for the manage-",
            "ment of the Services and any third-",
            "party tools used for management.",
        ]);

        var text = (await ReadAsync(bytes)).GetValueOrThrow();

        text.Lines.Select(l => l.Text).ShouldBe(
        [
            "The Provider is responsible for the management",
            "of the Services and any third-",
            "party tools used for management.",
        ]);
        ContractSentences.Split(text)[0].Text.ShouldBe(
            "The Provider is responsible for the management of the Services and any third-party tools used for management.");
    }

    [SkippableFact]
    public async Task Missing_spaces_are_restored_from_gaps_and_letter_spaced_words_are_closed_up()
    {
        var bytes = TestPdfs.Build(document =>
        {
            var page = document.AddPage();
            using var gfx = XGraphics.FromPdfPage(page);
            var font = new XFont("DejaVu Sans", 11);

            // Words drawn one by one with gaps but no space characters.
            var x = 72.0;
            foreach (var word in new[] { "Provider", "shall", "perform", "the", "Services." })
            {
                gfx.DrawString(word, font, XBrushes.Black, new XPoint(x, 100));
                x += gfx.MeasureString(word, font).Width + 3.5;
            }

            // A letter-spaced heading: every letter drawn apart, wider gaps between the words.
            x = 72.0;
            foreach (var word in new[] { "TERM", "AND", "TERMINATION" })
            {
                foreach (var letter in word)
                {
                    gfx.DrawString(letter.ToString(), font, XBrushes.Black, new XPoint(x, 130));
                    x += gfx.MeasureString(letter.ToString(), font).Width + 4;
                }

                x += 12;
            }
        });

        var text = (await ReadAsync(bytes)).GetValueOrThrow();

        text.Lines.Select(l => l.Text).ShouldBe(["Provider shall perform the Services.", "TERM AND TERMINATION"]);
    }

    [SkippableFact]
    public async Task Columns_far_apart_become_a_table_row_but_an_indented_clause_does_not()
    {
        var bytes = TestPdfs.Build(document =>
        {
            var page = document.AddPage();
            using var gfx = XGraphics.FromPdfPage(page);
            var font = new XFont("DejaVu Sans", 10);
            gfx.DrawString("Senior engineer", font, XBrushes.Black, new XPoint(72, 100));
            gfx.DrawString("USD 950 per day", font, XBrushes.Black, new XPoint(300, 100));
            gfx.DrawString("(a)", font, XBrushes.Black, new XPoint(72, 130));
            gfx.DrawString("The Supplier shall keep records.", font, XBrushes.Black, new XPoint(130, 130));
        });

        var text = (await ReadAsync(bytes)).GetValueOrThrow();

        text.Lines.ShouldBe(
        [
            new ContractLine(1, 1, "Senior engineer | USD 950 per day", ContractLineKind.TableRow),
            new ContractLine(1, 2, "(a) The Supplier shall keep records.", ContractLineKind.Clause),
        ]);
    }

    [SkippableFact]
    public async Task An_encrypted_PDF_is_refused_as_encrypted()
    {
        var bytes = TestPdfs.Build(
            document =>
            {
                var page = document.AddPage();
                using var gfx = XGraphics.FromPdfPage(page);
                gfx.DrawString("Secret terms", new XFont("DejaVu Sans", 11), XBrushes.Black, new XPoint(72, 72));
            },
            document =>
            {
                document.SecuritySettings.UserPassword = "user";
                document.SecuritySettings.OwnerPassword = "owner";
            });

        var result = await ReadAsync(bytes, "locked.pdf");

        result.Success.ShouldBeFalse();
        var error = result.Diagnostics.Single(d => d.IsError);
        error.Code.ShouldBe("pdf-encrypted");
        error.ToString().ShouldStartWith("locked.pdf: is encrypted");
    }

    [SkippableFact]
    public async Task A_PDF_restricted_only_by_an_owner_password_is_read()
    {
        var bytes = TestPdfs.Build(
            document =>
            {
                var page = document.AddPage();
                using var gfx = XGraphics.FromPdfPage(page);
                gfx.DrawString("The Supplier shall deliver the Services.", new XFont("DejaVu Sans", 11), XBrushes.Black, new XPoint(72, 200));
            },
            document => document.SecuritySettings.OwnerPassword = "owner");

        var result = await ReadAsync(bytes, "restricted.pdf");

        result.GetValueOrThrow().Lines.Single().Text.ShouldBe("The Supplier shall deliver the Services.");
    }

    [SkippableFact]
    public async Task A_PDF_without_a_text_layer_is_refused_as_probably_scanned()
    {
        var bytes = TestPdfs.Build(document =>
        {
            var page = document.AddPage();
            using var gfx = XGraphics.FromPdfPage(page);
            gfx.DrawRectangle(XBrushes.Gray, 72, 72, 300, 400);
        });

        var result = await ReadAsync(bytes, "scan.pdf");

        result.Success.ShouldBeFalse();
        result.Diagnostics.Single(d => d.IsError).ToString().ShouldBe(
            "scan.pdf: has no extractable text (scanned? it holds only images; run OCR first)");
    }

    [SkippableFact]
    public async Task A_PDF_with_blank_pages_is_refused_as_probably_damaged_or_blank()
    {
        var bytes = TestPdfs.Build(document => document.AddPage());

        var result = await ReadAsync(bytes, "blank.pdf");

        result.Success.ShouldBeFalse();
        result.Diagnostics.Single(d => d.IsError).ToString().ShouldBe(
            "blank.pdf: has no text, images or drawings on its pages: it is probably damaged (or blank)");
    }

    [SkippableFact]
    public async Task A_PDF_with_its_middle_cut_out_is_refused_as_probably_damaged_not_as_a_scan()
    {
        var bytes = await File.ReadAllBytesAsync(Corpus.File("templates/docx/bonterms-psa-v1.2.pdf"));

        // The start and the end (trailer, %%EOF) survive; lenient parsing finds pages but nothing on them.
        var cut = bytes[..(bytes.Length * 85 / 100)].Concat(bytes[^2000..]).ToArray();
        var result = await ReadAsync(cut, "cut.pdf");

        result.Success.ShouldBeFalse();
        var error = result.Diagnostics.Single(d => d.IsError);
        error.Code.ShouldBe("pdf-no-text");
        error.ToString().ShouldBe("cut.pdf: has no text, images or drawings on its pages: it is probably damaged (or blank)");
    }

    [SkippableFact]
    public async Task A_truncated_PDF_is_refused_as_truncated()
    {
        var bytes = await File.ReadAllBytesAsync(Corpus.File("templates/docx/bonterms-psa-v1.2.pdf"));

        var result = await ReadAsync(bytes[..(bytes.Length * 6 / 10)], "cut.pdf");

        result.Success.ShouldBeFalse();
        var error = result.Diagnostics.Single(d => d.IsError);
        error.Code.ShouldBe("pdf-truncated");
        error.ToString().ShouldStartWith("cut.pdf: is a truncated or damaged PDF");
    }

    [SkippableFact]
    public async Task A_PDF_cut_short_with_its_end_marker_restored_still_gives_a_clear_answer()
    {
        var bytes = await File.ReadAllBytesAsync(Corpus.File("templates/docx/bonterms-psa-v1.2.pdf"));
        var cut = bytes[..(bytes.Length / 3)].Concat("\n%%EOF\n"u8.ToArray()).ToArray();

        var result = await ReadAsync(cut, "cut.pdf");

        // PdfPig may recover some pages; either way no exception escapes and a failure names the file.
        if (!result.Success)
        {
            result.Diagnostics.Single(d => d.IsError).ToString().ShouldStartWith("cut.pdf: ");
        }
        else
        {
            result.Value.Lines.ShouldNotBeEmpty();
        }
    }

    [Fact]
    public async Task Junk_after_a_PDF_header_is_refused_as_damaged()
    {
        var bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nthis is not a pdf\n%%EOF\n"u8.ToArray();

        var result = await ReadAsync(bytes, "junk.pdf");

        result.Success.ShouldBeFalse();
        result.Diagnostics.Single(d => d.IsError).Code.ShouldBeOneOf("pdf-damaged", "pdf-no-pages", "pdf-no-text");
    }

    [SkippableFact]
    public async Task A_PDF_over_the_page_limit_is_refused()
    {
        var bytes = TestPdfs.Lines(["one"], ["two"], ["three"]);

        var result = await ReadAsync(bytes, "long.pdf", new ContractReaderOptions { MaxPages = 2 });

        result.Diagnostics.Single(d => d.IsError).ToString().ShouldBe("long.pdf: has 3 pages, more than the limit of 2");
    }

    [SkippableFact]
    public async Task Running_headers_and_page_numbers_repeated_on_every_page_are_dropped()
    {
        var pages = Enumerable.Range(1, 4).Select(p => new[]
        {
            "ACME Services Agreement - Confidential",
            $"Clause {p} says the Supplier shall {Tasks[p - 1]}.",
        }.Concat(Enumerable.Repeat("filler", 46)).Append($"{p}").ToArray()).ToArray();

        var text = (await ReadAsync(TestPdfs.Lines(pages))).GetValueOrThrow();

        text.Lines.ShouldAllBe(l => !l.Text.Contains("Confidential", StringComparison.Ordinal));
        text.Lines.Where(l => l.Page == 2).First().ShouldBe(new ContractLine(2, 1, "Clause 2 says the Supplier shall test.", ContractLineKind.Clause));
        text.Lines.ShouldAllBe(l => l.Text != "3");
    }
}
