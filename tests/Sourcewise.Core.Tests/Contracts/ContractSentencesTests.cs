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
}
