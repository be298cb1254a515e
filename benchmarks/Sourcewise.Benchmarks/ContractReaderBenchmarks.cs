using System.Text;
using BenchmarkDotNet.Attributes;
using Sourcewise.Contracts;
using Sourcewise.Documents.Contracts;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Sourcewise.Benchmarks;

/// <summary>Contract reading throughput: plain text and Markdown (MB/s of contract text, reading plus sentence
/// splitting), a generated 100-page PDF and a real 99-page one.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- --filter '*ContractReader*' --job short</c>.
/// The text is the CUAD contracts and Markdown templates of <c>shared/corpus</c> (found above the working directory),
/// repeated to about 20 MB; without the corpus a synthetic contract is used.</remarks>
[ShortRunJob]
[MemoryDiagnoser]
public class ContractReaderBenchmarks
{
    private byte[] _text = [];
    private byte[] _markdown = [];
    private byte[] _pdf = [];
    private byte[] _bonterms = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = FindCorpus();
        _text = Repeat(corpus is null ? [Synthetic()] : Directory.GetFiles(Path.Combine(corpus, "cuad", "full_contract_txt"), "*.txt"), 20);
        _markdown = Repeat(corpus is null ? [Synthetic()] : Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories), 20);
        _pdf = HundredPagePdf();
        var bonterms = corpus is null ? null : Path.Combine(corpus, "templates", "docx", "bonterms-psa-v1.2.pdf");
        _bonterms = bonterms is not null && File.Exists(bonterms)
            ? PdfMerger.Merge(Enumerable.Repeat(File.ReadAllBytes(bonterms), 9).ToArray())
            : _pdf;
        Console.WriteLine($"// text {_text.Length / 1e6:0.0} MB, markdown {_markdown.Length / 1e6:0.0} MB, pdf {_pdf.Length / 1e3:0} kB (100 pages)");
    }

    /// <summary>About 20 MB of CUAD contract text: read and split into sentences.</summary>
    [Benchmark]
    public int PlainText20MB() => ReadAndSplit(_text, "contracts.txt");

    /// <summary>About 20 MB of Markdown contracts: read and split into sentences.</summary>
    [Benchmark]
    public int Markdown20MB() => ReadAndSplit(_markdown, "contracts.md");

    /// <summary>A 100-page PDF of contract text, 50 lines a page: read and split into sentences.</summary>
    [Benchmark]
    public int Pdf100Pages() => ReadAndSplit(_pdf, "contract.pdf");

    /// <summary>The real Bonterms PSA PDF (a Word export: embedded Calibri, running footers, 44 dense lines a page)
    /// merged 9 times into 99 pages: read and split.</summary>
    [Benchmark]
    public int BontermsPdf99Pages() => ReadAndSplit(_bonterms, "bonterms-psa-x9.pdf");

    private static int ReadAndSplit(byte[] bytes, string name)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var text = ContractReader.ReadStreamAsync(stream, name).GetAwaiter().GetResult().GetValueOrThrow();
        return ContractSentences.Split(text).Length;
    }

    private static byte[] Repeat(IEnumerable<string> sources, int megabytes)
    {
        var parts = sources.Select(s => File.Exists(s) ? File.ReadAllText(s) : s).ToList();
        var sb = new StringBuilder();
        while (sb.Length < megabytes * 1_000_000)
        {
            foreach (var part in parts)
            {
                sb.Append(part).Append("\n\n");
            }
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static byte[] HundredPagePdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var lines = Synthetic().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var next = 0;
        for (var p = 1; p <= 100; p++)
        {
            var page = builder.AddPage(PageSize.Letter);
            page.AddText("Master Services Agreement", 8, new PdfPoint(72, 760), font);
            for (var i = 0; i < 50; i++)
            {
                page.AddText(lines[next++ % lines.Length], 10, new PdfPoint(72, 740 - (i * 13)), font);
            }

            page.AddText($"Page {p} of 100", 8, new PdfPoint(280, 40), font);
        }

        return builder.Build();
    }

    private static string Synthetic()
    {
        var sb = new StringBuilder();
        for (var clause = 1; clause <= 40; clause++)
        {
            sb.Append(clause).Append(". Services. The Supplier shall provide the Services described in each Statement of\n");
            sb.Append("Work with due skill and care, using its own personnel, tools and methods, and shall manage\n");
            sb.Append("the delivery of each Deliverable against the agreed milestones and acceptance criteria.\n");
            sb.Append("(a) The Customer shall pay the fixed fee set out in the Statement of Work within thirty\n");
            sb.Append("days of a valid invoice; late payments bear interest at one percent per month.\n");
        }

        return sb.ToString();
    }

    private static string? FindCorpus()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
