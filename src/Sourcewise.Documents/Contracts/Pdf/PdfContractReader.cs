using System.Text.RegularExpressions;
using Sourcewise.Contracts;
using Sourcewise.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Sourcewise.Documents.Contracts.Pdf;

/// <summary>Reads a PDF's text layer with PdfPig: lines by position with page numbers, running headers, footers and
/// bare page numbers dropped, words hyphenated at line ends joined, spacing artefacts repaired.</summary>
internal static partial class PdfContractReader
{
    public static Result<ContractText> Read(byte[] bytes, string source, ContractReaderOptions options,
        CancellationToken cancellationToken)
    {
        var where = new SourceLocation(source);
        if (!HasEndMarker(bytes))
        {
            return Result<ContractText>.Fail(Truncated(where));
        }

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, OpenOptions());
        }
        catch (PdfDocumentEncryptedException)
        {
            return Encrypted(where);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return Damaged(e, where);
        }

        using (document)
        {
            int pageCount;
            try
            {
                pageCount = document.NumberOfPages;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return Damaged(e, where);
            }

            if (pageCount == 0)
            {
                return ContractReader.Fail("pdf-no-pages", "is a PDF with no pages", where);
            }

            if (pageCount > options.MaxPages)
            {
                return ContractReader.Fail("too-many-pages",
                    $"has {pageCount:N0} pages, more than the limit of {options.MaxPages:N0}", where);
            }

            var extraction = new PdfPageExtraction(pageCount, cancellationToken);
            extraction.Run(document, bytes, Workers(pageCount));
            var pages = new List<List<PdfTextLine>>(pageCount);
            var emptyPages = new List<int>();
            for (var number = 1; number <= pageCount; number++)
            {
                // The first page that failed decides, as when the pages were read one after another.
                switch (extraction.Errors[number - 1])
                {
                    case PdfDocumentEncryptedException:
                        return Encrypted(where);
                    case { } e:
                        return ContractReader.Fail("pdf-damaged",
                            $"is a damaged or truncated PDF: page {number} cannot be read ({ContractReader.OneLine(e.Message)})", where);
                }

                var lines = extraction.Pages[number - 1]!;
                if (lines.Count == 0)
                {
                    emptyPages.Add(number);
                }

                pages.Add(lines);
            }

            if (emptyPages.Count == pageCount)
            {
                return NoText(document, pageCount, where);
            }

            RemoveRunningHeadersAndFooters(pages);
            RepairHyphenation(pages);
            var text = Build(pages, source, pageCount);
            if (text.Lines.IsEmpty)
            {
                return ContractReader.Fail("pdf-no-text",
                    "has no extractable text (scanned? it holds only images; run OCR first)", where);
            }

            var warnings = new List<Diagnostic>();
            if (emptyPages.Count > 0)
            {
                warnings.Add(Diagnostic.Warning("pdf-pages-without-text",
                    $"has {emptyPages.Count} page(s) with no extractable text (scanned?): {FormatPages(emptyPages)}", where));
            }

            return Result<ContractText>.Ok(text, warnings);
        }
    }

    /// <summary>Pages per worker at least: each extra worker opens its own <see cref="PdfDocument"/> (PdfPig's is
    /// not thread-safe) and parses the fonts of its pages again, which a few pages pay for.</summary>
    private const int PagesPerWorker = 4;

    /// <summary>Threads to read the pages with: one per core, but only as many as the pages pay for.</summary>
    private static int Workers(int pageCount) => Math.Max(1, Math.Min(Environment.ProcessorCount, pageCount / PagesPerWorker));

    internal static ParsingOptions OpenOptions() => new() { UseLenientParsing = true, SkipMissingFonts = true };

    private static Result<ContractText> Encrypted(SourceLocation where) => ContractReader.Fail("pdf-encrypted",
        "is encrypted (password-protected PDF); save an unprotected copy and try again", where);

    /// <summary>No page has text: a scan or text drawn as shapes (its pages hold images or paths), or, when no page
    /// holds anything at all, a damaged file whose damage lenient parsing papered over (say, a cut-out middle).</summary>
    private static Result<ContractText> NoText(PdfDocument document, int pageCount, SourceLocation where)
    {
        for (var number = 1; number <= Math.Min(pageCount, 20); number++)
        {
            try
            {
                var page = document.GetPage(number);
                if (page.GetImages().Any() || page.Paths.Count > 0)
                {
                    return ContractReader.Fail("pdf-no-text",
                        "has no extractable text (scanned? it holds only images; run OCR first)", where);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                break;
            }
        }

        return ContractReader.Fail("pdf-no-text",
            "has no text, images or drawings on its pages: it is probably damaged (or blank)", where);
    }

    private static Result<ContractText> Damaged(Exception e, SourceLocation where) =>
        ContractReader.Fail("pdf-damaged", $"is a damaged or truncated PDF ({ContractReader.OneLine(e.Message)})", where);

    internal static Diagnostic Truncated(SourceLocation where) => Diagnostic.Error("pdf-truncated",
        "is a truncated or damaged PDF (its end-of-file marker is missing)", where);

    internal static bool HasEndMarker(byte[] bytes)
    {
        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 4096));
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    private static string FormatPages(List<int> pages) =>
        pages.Count <= 10 ? string.Join(", ", pages) : string.Join(", ", pages.Take(10)) + $" and {pages.Count - 10} more";

    /// <summary>Drops bare page numbers and lines in the page margins that repeat (digits aside) on many pages.</summary>
    private static void RemoveRunningHeadersAndFooters(List<List<PdfTextLine>> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in page.Where(l => l.InMargin).Select(l => Key(l.Text)).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var threshold = Math.Max(2, (int)Math.Ceiling(pages.Count * 0.5));
        foreach (var page in pages)
        {
            page.RemoveAll(l => l.InMargin && (PageNumber().IsMatch(l.Text) || counts.GetValueOrDefault(Key(l.Text)) >= threshold));
        }
    }

    private static string Key(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            buffer[n++] = char.IsDigit(c) ? '#' : char.ToLowerInvariant(c);
        }

        return new string(buffer[..n]);
    }

    /// <summary>"manage-" at a line end and "ment of" at the next line start become "management" / "of".</summary>
    private static void RepairHyphenation(List<List<PdfTextLine>> pages)
    {
        var all = pages.SelectMany(p => p).ToList();
        HashSet<string>? vocabulary = null;
        for (var i = 0; i + 1 < all.Count; i++)
        {
            var line = all[i];
            var next = all[i + 1];
            if (!Hyphenation.IsCandidate(line.Text, next.Text))
            {
                continue;
            }

            vocabulary ??= Hyphenation.Vocabulary(all.Select(l => l.Text));
            var left = Hyphenation.LeftFragment(line.Text);
            var right = Hyphenation.RightFragment(next.Text);
            if (!Hyphenation.JoinWithoutHyphen(left, right, vocabulary.Contains))
            {
                continue;
            }

            var nextText = next.Text.TrimStart();
            var tokenEnd = nextText.IndexOf(' ', StringComparison.Ordinal);
            var token = tokenEnd < 0 ? nextText : nextText[..tokenEnd];
            line.Text = line.Text.TrimEnd()[..^1] + token;
            next.Text = tokenEnd < 0 ? string.Empty : nextText[(tokenEnd + 1)..];
        }
    }

    private static ContractText Build(List<List<PdfTextLine>> pages, string source, int pageCount)
    {
        var bodySize = BodyFontSize(pages);
        var builder = new ContractLinesBuilder();
        for (var p = 0; p < pages.Count; p++)
        {
            builder.StartPage(p + 1);
            string? previous = null;
            foreach (var line in pages[p])
            {
                var clean = ContractLinesBuilder.Clean(line.Text);
                if (clean.Length == 0)
                {
                    continue;
                }

                var kind = line.IsTableRow ? ContractLineKind.TableRow : Classify(line, clean, bodySize, previous);
                if (kind == ContractLineKind.Heading && previous is not null && line.BoldShare < 0.5
                    && line.FontSize < bodySize * 1.15 && !EndsSentence(previous))
                {
                    // A capitals-only line that finishes the previous line's sentence ("… in the applicable / SOW.").
                    kind = ContractLineKind.Body;
                }

                builder.AddNext(clean, kind);
                previous = kind is ContractLineKind.Body or ContractLineKind.Clause ? clean : null;
            }
        }

        return new ContractText(source, "pdf", builder.ToImmutable(), pageCount);
    }

    private static ContractLineKind Classify(PdfTextLine line, string text, double bodySize, string? previous)
    {
        var kind = LineKinds.ClassifyInFlow(text, previous);
        if (kind != ContractLineKind.Body)
        {
            return kind == ContractLineKind.Clause && line.BoldShare > 0.95 && text.Length <= 80 && !text.EndsWith('.')
                ? ContractLineKind.Heading
                : kind;
        }

        var hasLetters = text.Any(char.IsLetter);
        var larger = line.FontSize >= bodySize * 1.15;
        var shortBold = line.BoldShare > 0.95 && text.Length <= 100;
        return hasLetters && (larger || shortBold) && !text.EndsWith(',') ? ContractLineKind.Heading : ContractLineKind.Body;
    }

    private static bool EndsSentence(string text) => text.Length == 0 || text[^1] is '.' or ':' or ';' or '!' or '?';

    private static double BodyFontSize(List<List<PdfTextLine>> pages)
    {
        var weights = new Dictionary<double, int>();
        foreach (var line in pages.SelectMany(p => p))
        {
            var size = Math.Round(line.FontSize * 2) / 2;
            weights[size] = weights.GetValueOrDefault(size) + line.Text.Length;
        }

        return weights.Count == 0 ? 10 : weights.MaxBy(kv => kv.Value).Key;
    }

    [GeneratedRegex(@"^(?:page\s*)?[|\-\u2013\u2014\s]*(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?[|\-\u2013\u2014\s]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
