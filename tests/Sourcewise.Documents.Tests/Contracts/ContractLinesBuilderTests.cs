using Sourcewise.Documents.Contracts;

namespace Sourcewise.Documents.Tests.Contracts;

public sealed class ContractLinesBuilderTests
{
    [Theory]
    [InlineData("  Fees are due.\t", "Fees are due.")]
    [InlineData("Fees\u00A0are\u2009due\u3000monthly", "Fees are due monthly")]
    [InlineData("Fees  are \t due", "Fees are due")]
    [InlineData("manage\u00ADment\u200B of the\u200C\u200D\uFEFF work", "management of the work")]
    [InlineData("Fees\u0001 are\u001F due\u000B now\u2028then\u2029\u202F\u2007x", "Fees are due now then x")]
    [InlineData("\u00AD\u0085Fees", "\u0085Fees")]
    [InlineData("\u00A0 \t", "")]
    public void Clean_mends_spaces_and_drops_invisible_characters(string text, string expected)
    {
        ContractLinesBuilder.Clean(text).ShouldBe(expected);
        ContractLinesBuilder.Clean(("x\n" + text + "\ny").AsSpan(2, text.Length)).ShouldBe(expected);
    }

    [Fact]
    public void Clean_returns_a_clean_line_itself()
    {
        var line = "The Supplier shall provide the Services (as defined in Exhibit A).";

        ContractLinesBuilder.Clean(line).ShouldBeSameAs(line);
    }
}
