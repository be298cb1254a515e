using System.Globalization;
using Sourcewise.Documents.Contracts.Pdf;
using UglyToad.PdfPig;

namespace Sourcewise.Documents.Tests.Contracts;

/// <summary>The glyph sorts of <see cref="PdfPageLines"/> keep the order the comparison sorts gave, so PDF text
/// stays the same to the character where glyphs tie.</summary>
public sealed class PdfPageLinesTests
{
    [SkippableFact]
    public void Buffers_reused_from_page_to_page_give_the_lines_fresh_ones_give()
    {
        var bytes = File.ReadAllBytes(Corpus.File("templates/docx/bonterms-psa-v1.2.pdf"));
        using var document = PdfDocument.Open(bytes);
        var buffers = new PdfPageLines.Buffers();

        // Largest page first, so later pages run in buffers holding a longer page's glyphs.
        var pages = Enumerable.Range(1, document.NumberOfPages).Select(document.GetPage)
            .OrderByDescending(p => p.Letters.Count).ToList();
        foreach (var page in pages)
        {
            Describe(PdfPageLines.Extract(page, buffers)).ShouldBe(Describe(PdfPageLines.Extract(page)), $"page {page.Number}");
        }
    }

    [Fact]
    public void Sorting_by_key_gives_the_order_of_the_comparison_sort_ties_included()
    {
        var random = new Random(20261129);
        for (var round = 0; round < 500; round++)
        {
            var count = random.Next(0, round % 10 == 0 ? 2000 : 60);
            var distinct = random.Next(1, 8);
            var values = Enumerable.Range(0, count).Select(_ => random.Next(3) switch
            {
                0 => random.Next(distinct) * 0.5,
                1 => -0.0,
                _ => random.NextDouble(),
            }).ToArray();
            if (round % 7 == 0 && count > 0)
            {
                values[random.Next(count)] = double.NaN;
            }

            Comparison<int> comparison = (a, b) => values[a].CompareTo(values[b]);
            var expected = Enumerable.Range(0, count).ToArray();
            expected.AsSpan().Sort(comparison);
            var actual = Enumerable.Range(0, count).ToArray();

            PdfPageLines.SortByKey(values.ToArray(), actual, comparison);

            actual.ShouldBe(expected, $"round {round}");
        }
    }

    private static string Describe(List<PdfTextLine> lines) => string.Join("\n", lines.Select(l => string.Create(
        CultureInfo.InvariantCulture, $"{l.Text} | {l.Baseline:R} {l.Left:R} {l.FontSize:R} {l.BoldShare:R} {l.IsTableRow} {l.InMargin}")));
}
