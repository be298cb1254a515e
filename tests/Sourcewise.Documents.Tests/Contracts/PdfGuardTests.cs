using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sourcewise.Documents.Contracts;
using Sourcewise.Documents.Contracts.Pdf.Guard;

namespace Sourcewise.Documents.Tests.Contracts;

/// <summary>The PDF structure check is itself fed hostile bytes: it must never throw, and must not refuse real
/// documents.</summary>
public sealed class PdfGuardTests
{
    private static readonly string[] Tokens =
    [
        "1", "0", "7", "6", "2", "R", "obj", "endobj", "stream\n", "\nendstream", "[", "]", "<<", ">>", "(", ")", "<", ">",
        "%", "\n", " ", "\\", "trailer", "/Type", "/Pages", "/Kids", "/Resources", "/XObject", "/X0", "/Filter",
        "/FlateDecode", "/LZWDecode", "/RunLengthDecode", "/ASCIIHexDecode", "/ASCII85Decode", "/Length", "/ObjStm",
        "/N", "/First", "/Subtype", "/Form", "/Image", "/Contents", "Do", "BI", "ID", "EI", "/Root", "/Encrypt", "-5",
        "99999999999999999999", "1.5", "x\u0080\u00ff", "#", "/A#30",
    ];

    public static Arbitrary<byte[]> TokenSoup() =>
        Gen.ArrayOf(Gen.Elements(Tokens)).Select(parts =>
            Encoding.Latin1.GetBytes("%PDF-1.7\n" + string.Join(" ", parts) + "\n%%EOF\n")).ToArbitrary();

    [Property(MaxTest = 1000, Arbitrary = [typeof(PdfGuardTests)])]
    public bool Token_soup_never_makes_the_check_throw(byte[] bytes)
    {
        var refused = PdfGuard.Check(bytes, "soup.pdf", ContractReaderOptions.Default, CancellationToken.None);
        return refused is null || (refused.IsError && refused.Location?.File == "soup.pdf");
    }

    [Fact]
    public void Mutated_hostile_documents_never_make_the_check_throw()
    {
        var random = new Random(20261204);
        byte[][] seeds =
        [
            HostileDocuments.ResourcesReferenceCycle(), HostileDocuments.SelfDrawingForm(),
            HostileDocuments.MutuallyDrawingForms(), HostileDocuments.CyclicPageTree(),
            HostileDocuments.DeeplyNested(300, dictionaries: true), HostileDocuments.InflationBomb(2L << 20),
        ];
        foreach (var seed in seeds)
        {
            for (var round = 0; round < 200; round++)
            {
                var bytes = (byte[])seed.Clone();
                for (var flips = 0; flips < 1 + (round % 8); flips++)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                Should.NotThrow(() => PdfGuard.Check(bytes, "m.pdf", ContractReaderOptions.Default, CancellationToken.None));
            }
        }
    }

    [SkippableFact]
    public void No_PDF_of_the_corpus_is_refused()
    {
        var root = Corpus.Require();
        var pdfs = Directory.EnumerateFiles(root, "*.pdf", SearchOption.AllDirectories).ToList();

        pdfs.ShouldNotBeEmpty();
        foreach (var pdf in pdfs)
        {
            PdfGuard.Check(File.ReadAllBytes(pdf), pdf, ContractReaderOptions.Default, CancellationToken.None).ShouldBeNull(pdf);
        }
    }
}
