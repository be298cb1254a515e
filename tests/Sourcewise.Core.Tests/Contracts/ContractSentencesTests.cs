using Sourcewise.Contracts;

namespace Sourcewise.Core.Tests.Contracts;

public sealed class ContractSentencesTests
{
    private static ContractText Pdf(params (int Page, int Line, string Text, ContractLineKind Kind)[] lines) =>
        new("a.pdf", "pdf", [.. lines.Select(l => new ContractLine(l.Page, l.Line, l.Text, l.Kind))], lines.Max(l => l.Page));

    [Fact]
    public void Wrapped_lines_join_into_sentences_that_remember_where_they_start_and_end()
    {
        var text = Pdf(
            (1, 1, "4.2 Fees. The Customer shall pay the", ContractLineKind.Clause),
            (1, 2, "fees within 30 days. Late payments bear", ContractLineKind.Body),
            (1, 3, "interest at 1% per month (e.g. on overdue", ContractLineKind.Body),
            (2, 1, "invoices).", ContractLineKind.Body),
            (2, 2, "5. TERM", ContractLineKind.Heading));

        var sentences = ContractSentences.Split(text);

        sentences.ShouldBe(
        [
            new ContractSentence(1, 1, "4.2 Fees. The Customer shall pay the fees within 30 days.", ContractLineKind.Clause, 1, 2),
            new ContractSentence(1, 2, "Late payments bear interest at 1% per month (e.g. on overdue invoices).", ContractLineKind.Body, 2, 1),
            new ContractSentence(2, 2, "5. TERM", ContractLineKind.Heading, 2, 2),
        ]);
    }

    [Fact]
    public void A_word_hyphenated_across_lines_is_joined_but_a_compound_keeps_its_hyphen()
    {
        var text = Pdf(
            (1, 1, "Provider is responsible for the manage-", ContractLineKind.Body),
            (1, 2, "ment of any third-", ContractLineKind.Body),
            (1, 3, "party tools. Management and party are words.", ContractLineKind.Body));

        var sentences = ContractSentences.Split(text);

        sentences[0].Text.ShouldBe("Provider is responsible for the management of any third-party tools.");
    }

    [Fact]
    public void Blank_lines_in_text_end_a_paragraph_and_html_lines_are_paragraphs()
    {
        var plain = new ContractText("a.txt", "text",
            [new ContractLine(null, 1, "Scope of work"), new ContractLine(null, 3, "The vendor shall build it.")]);
        var html = new ContractText("a.html", "html",
            [new ContractLine(null, 1, "Scope of work"), new ContractLine(null, 2, "The vendor shall build it.")]);

        ContractSentences.Split(plain).Select(s => s.Text).ShouldBe(["Scope of work", "The vendor shall build it."]);
        ContractSentences.Split(html).Select(s => s.Text).ShouldBe(["Scope of work", "The vendor shall build it."]);
    }

    [Fact]
    public void A_long_table_row_is_split_into_sentences_that_stay_table_rows()
    {
        var text = new ContractText("a.docx", "docx",
        [
            new ContractLine(null, 1, "Fees | The Customer pays monthly. Late fees apply.", ContractLineKind.TableRow),
            new ContractLine(null, 2, "1. SERVICES", ContractLineKind.Heading),
        ]);

        ContractSentences.Split(text).Select(s => (s.Text, s.Kind)).ShouldBe(
        [
            ("Fees | The Customer pays monthly.", ContractLineKind.TableRow),
            ("Late fees apply.", ContractLineKind.TableRow),
            ("1. SERVICES", ContractLineKind.Heading),
        ]);
    }

    [Fact]
    public void A_large_text_split_in_chunks_on_several_threads_gives_the_same_sentences_as_one_pass()
    {
        // Wrapped paragraphs across pages, clauses, headings and hyphenated words whose only evidence (the compound
        // "time-sensitive" is used once, at the end) is far away in another chunk.
        var lines = new List<ContractLine>();
        for (var page = 1; page <= 40; page++)
        {
            lines.Add(new ContractLine(page, 1, $"{page}. SERVICES", ContractLineKind.Heading));
            lines.Add(new ContractLine(page, 2, $"{page}.1 The Provider is responsible for the manage-", ContractLineKind.Clause));
            lines.Add(new ContractLine(page, 3, "ment of any time-"));
            lines.Add(new ContractLine(page, 4, "sensitive tools (e.g. the portal). Fees are due in 30"));
            lines.Add(new ContractLine(page, 5, "days. Late fees apply at 1% a month of the over-"));
        }

        lines.Add(new ContractLine(41, 1, "due amount. Time-sensitive tasks are urgent; overdue is a word."));
        var text = new ContractText("a.pdf", "pdf", [.. lines], 41);

        var oneChunk = ContractSentences.Split(text, int.MaxValue, CancellationToken.None);
        var manyChunks = ContractSentences.Split(text, 100, CancellationToken.None);

        manyChunks.ShouldBe(oneChunk);
        manyChunks.Length.ShouldBe(40 * 4 + 1);
        manyChunks.Count(s => s.Text.Contains("management of any time-sensitive tools", StringComparison.Ordinal)).ShouldBe(40);
    }
}
