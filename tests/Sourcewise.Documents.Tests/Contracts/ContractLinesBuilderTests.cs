using System.Text;
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

    [Fact]
    public void Clean_is_the_same_as_mending_one_character_at_a_time()
    {
        // Random lines, short and long (past any stack buffer), over ordinary text and every character Clean cares
        // about, against the plain definition.
        var random = new Random(20261129);
        const string Alphabet = "aZ9.,-   \t\n\r\f\v\u0001\u001F\u007F\u0085\u00A0\u00AD\u200B\u200C\u200D\uFEFF\u2028\u2029\u202F\u2007\u2009\u3000\u2003é“";
        for (var n = 0; n < 3000; n++)
        {
            var line = new string(Enumerable.Range(0, random.Next(0, n % 100 == 0 ? 3000 : 80))
                .Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());

            ContractLinesBuilder.Clean(line).ShouldBe(Reference(line), $"line {n}: {line}");
        }
    }

    /// <summary>The definition: trim, drop invisible and control characters, one space for each run of spaces.</summary>
    private static string Reference(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.AsSpan().Trim())
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            if (c is '\t' or '\n' or '\r' or '\f' or '\v' or ' ' or '\u00A0' or '\u2028' or '\u2029' or '\u202F' or '\u2007'
                or '\u2009' or '\u3000')
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else if (c >= ' ')
            {
                sb.Append(c);
            }
        }

        return sb.ToString().TrimEnd();
    }
}
