using System.Text;
using Sourcewise.Contracts;
using Sourcewise.Documents.Contracts;
using Sourcewise.Documents.Contracts.Text;

namespace Sourcewise.Documents.Tests.Contracts;

public sealed class TextContractReaderTests
{
    private static async Task<ContractText> ReadAsync(string text, string name)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var result = await ContractReader.ReadStreamAsync(stream, name);
        result.Success.ShouldBeTrue(string.Join("; ", result.Diagnostics));
        return result.Value;
    }

    [Fact]
    public async Task Plain_text_keeps_source_line_numbers_and_marks_clauses_and_headings()
    {
        var text = await ReadAsync("MASTER SERVICES AGREEMENT\n\n1. Services. Supplier shall\nprovide the Services.\n\n(a) first item;\n   Section 5. Term. Either party may terminate.\n\n6. Fees and Expenses\n(a) Fees are due monthly.\nThe Supplier will designate one\n(1) project lead.\n", "a.txt");

        text.Format.ShouldBe("text");
        text.Lines.Select(l => (l.Line, l.Text, l.Kind)).ShouldBe(
        [
            (1, "MASTER SERVICES AGREEMENT", ContractLineKind.Heading),
            (3, "1. Services. Supplier shall", ContractLineKind.Clause),
            (4, "provide the Services.", ContractLineKind.Body),
            (6, "(a) first item;", ContractLineKind.Clause),
            (7, "Section 5. Term. Either party may terminate.", ContractLineKind.Clause),
            (9, "6. Fees and Expenses", ContractLineKind.Heading),
            (10, "(a) Fees are due monthly.", ContractLineKind.Clause),
            (11, "The Supplier will designate one", ContractLineKind.Body),
            (12, "(1) project lead.", ContractLineKind.Body),
        ]);
        text.Lines.ShouldAllBe(l => l.Page == null);
    }

    [Fact]
    public async Task Markdown_syntax_is_stripped_but_headings_lists_and_tables_are_kept()
    {
        const string md = """
            <!-- a comment
            over two lines -->
            # 1. Services

            Provider **shall** perform the [Services](https://example.com) described in `Exhibit A` &amp; the SOW.

            - first _item_
            * second item

            | Role | Rate |
            |------|-----:|
            | Engineer | $100 |

            Title
            =====
            4.2 Fees are due\
            monthly.
            """;

        var text = await ReadAsync(md, "a.md");

        text.Format.ShouldBe("markdown");
        text.Lines.Select(l => (l.Line, l.Text, l.Kind)).ShouldBe(
        [
            (3, "1. Services", ContractLineKind.Heading),
            (5, "Provider shall perform the Services described in Exhibit A & the SOW.", ContractLineKind.Body),
            (7, "first item", ContractLineKind.Clause),
            (8, "second item", ContractLineKind.Clause),
            (10, "Role | Rate", ContractLineKind.TableRow),
            (12, "Engineer | $100", ContractLineKind.TableRow),
            (14, "Title", ContractLineKind.Heading),
            (16, "4.2 Fees are due", ContractLineKind.Clause),
            (17, "monthly.", ContractLineKind.Body),
        ]);
    }

    [Fact]
    public async Task Markdown_keeps_placeholders_and_snake_case_words()
    {
        var text = await ReadAsync("This SOW {sow_number} incorporates [ Enter a description ] and ______ blanks.\n", "a.md");

        text.Lines.Single().Text.ShouldBe("This SOW {sow_number} incorporates [ Enter a description ] and ______ blanks.");
    }

    [SkippableFact]
    public async Task A_CUAD_contract_reads_with_its_numbered_clauses()
    {
        var path = Corpus.File("cuad/full_contract_txt/ADUROBIOTECH,INC_06_02_2020-EX-10.7-CONSULTING AGREEMENT.txt");

        var result = await ContractReader.ReadFileAsync(path);

        result.Success.ShouldBeTrue();
        var text = result.Value;
        text.Lines[0].ShouldBe(new ContractLine(null, 1, "Exhibit 10.7", ContractLineKind.Body));
        text.Lines[1].ShouldBe(new ContractLine(null, 3, "CONSULTING AGREEMENT", ContractLineKind.Heading));
        text.Lines.ShouldContain(l => l.Text.StartsWith("3. Term of Agreement. This Agreement shall begin", StringComparison.Ordinal)
            && l.Kind == ContractLineKind.Clause);
        text.Lines.ShouldContain(l => l.Text.StartsWith("(b) Consultant shall keep all Confidential Information", StringComparison.Ordinal)
            && l.Kind == ContractLineKind.Clause);
    }

    [SkippableFact]
    public async Task A_government_work_statement_in_Markdown_reads_with_headings()
    {
        var path = Corpus.File("gov/18F-opm-eqip-PWS.md");

        var result = await ContractReader.ReadFileAsync(path);

        result.Success.ShouldBeTrue();
        result.Value.Format.ShouldBe("markdown");
        result.Value.Lines.Count(l => l.Kind == ContractLineKind.Heading).ShouldBeGreaterThan(5);
        result.Value.Lines.ShouldAllBe(l => !l.Text.StartsWith('#') && !l.Text.Contains("**", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_large_text_read_in_chunks_on_several_threads_gives_the_same_lines_as_one_pass()
    {
        // Real contracts, plus paragraphs wrapped over lines where a line's kind depends on the one before it.
        var contracts = System.IO.Directory.GetFiles(Corpus.File("cuad/full_contract_txt"), "*.txt").Order(StringComparer.Ordinal)
            .Take(10).Select(File.ReadAllText);
        const string Wrapped = "The Supplier will designate one\r\n(1) project lead and\r\n(2) a deputy.\r\n\r\n\r\n4.2 Fees. Due\n(a) monthly.\n \n";
        var text = string.Join("\n\n" + Wrapped, contracts);

        var oneChunk = PlainTextContractReader.Read(text, "a.txt", int.MaxValue, CancellationToken.None);
        var manyChunks = PlainTextContractReader.Read(text, "a.txt", 500, CancellationToken.None);
        var chunkPerParagraph = PlainTextContractReader.Read(text, "a.txt", 1, CancellationToken.None);

        oneChunk.Lines.Length.ShouldBeGreaterThan(1000);
        manyChunks.Lines.ShouldBe(oneChunk.Lines);
        chunkPerParagraph.Lines.ShouldBe(oneChunk.Lines);
        chunkPerParagraph.Lines.Where(l => l.Text == "(1) project lead and").Select(l => l.Kind)
            .ShouldBe(Enumerable.Repeat(ContractLineKind.Body, 9));
    }
}
