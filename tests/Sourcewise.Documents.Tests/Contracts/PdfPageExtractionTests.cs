using System.Globalization;
using System.Text;
using Sourcewise.Documents.Contracts;
using Sourcewise.Documents.Contracts.Pdf;
using UglyToad.PdfPig;

namespace Sourcewise.Documents.Tests.Contracts;

/// <summary>Reading a PDF's pages on several threads gives exactly what reading them in order on one gives: the same
/// lines to the last bit, the same first failing page, and cancellation still escapes.</summary>
public sealed class PdfPageExtractionTests
{
    private const string Bonterms = "templates/docx/bonterms-psa-v1.2.pdf";

    [SkippableFact]
    public void Two_workers_read_the_Bonterms_pages_exactly_as_one_does()
    {
        var bytes = File.ReadAllBytes(Corpus.File(Bonterms));

        var two = Outcome(bytes, 2);

        two.ShouldBe(Outcome(bytes, 1));
        two.ShouldContain("page 11:");
    }

    [SkippableFact]
    public void Two_workers_read_generated_pages_exactly_as_one_does()
    {
        var pages = Enumerable.Range(1, 13)
            .Select(p => new[] { $"{p}. Clause {p}", $"The Supplier shall deliver item {p} by day {p * 3}." })
            .ToArray();
        var bytes = TestPdfs.Lines(pages);

        var two = Outcome(bytes, 2);

        two.ShouldBe(Outcome(bytes, 1));
        two.ShouldContain("The Supplier shall deliver item 13 by day 39.");
    }

    [SkippableTheory]
    [InlineData(new[] { 163794, 186 })]
    [InlineData(new[] { 201666, 44, 170506, 98, 10188, 243, 8872, 122, 256314, 197 })]
    public void A_damaged_page_is_the_first_failure_with_any_number_of_workers(int[] flips)
    {
        // Bytes of the Bonterms PDF changed so that PdfPig cannot read its page 3 (found by flipping bytes at random).
        var bytes = File.ReadAllBytes(Corpus.File(Bonterms));
        for (var i = 0; i < flips.Length; i += 2)
        {
            bytes[flips[i]] = (byte)flips[i + 1];
        }

        var two = Outcome(bytes, 2);

        two.ShouldBe(Outcome(bytes, 1));
        two.ShouldEndWith("page 3 failed");
        var result = ContractReader.Read(bytes, "b.pdf", ContractReaderOptions.Default, CancellationToken.None);
        result.Diagnostics.Single(d => d.IsError).ToString().ShouldStartWith(
            "b.pdf: is a damaged or truncated PDF: page 3 cannot be read (");
    }

    [SkippableFact]
    public void Cancellation_escapes_from_every_worker()
    {
        var bytes = File.ReadAllBytes(Corpus.File(Bonterms));
        using var document = PdfDocument.Open(bytes, PdfContractReader.OpenOptions());
        var extraction = new PdfPageExtraction(document.NumberOfPages, new CancellationToken(canceled: true));

        Should.Throw<OperationCanceledException>(() => extraction.Run(document, bytes, 2));
    }

    /// <summary>Every line of every page read, with all it carries, up to the first failing page.</summary>
    private static string Outcome(byte[] bytes, int workers)
    {
        using var document = PdfDocument.Open(bytes, PdfContractReader.OpenOptions());
        var extraction = new PdfPageExtraction(document.NumberOfPages, CancellationToken.None);
        extraction.Run(document, bytes, workers);
        var outcome = new StringBuilder();
        for (var page = 0; page < extraction.Pages.Length; page++)
        {
            if (extraction.Errors[page] is { } error)
            {
                return outcome.Append(CultureInfo.InvariantCulture, $"{error.GetType().Name}: {error.Message}; page {page + 1} failed").ToString();
            }

            foreach (var line in extraction.Pages[page]!)
            {
                outcome.AppendLine(CultureInfo.InvariantCulture,
                    $"page {page + 1}: {line.Text} | {line.Baseline:R} {line.Left:R} {line.FontSize:R} {line.BoldShare:R} {line.IsTableRow} {line.InMargin}");
            }
        }

        return outcome.ToString();
    }
}
