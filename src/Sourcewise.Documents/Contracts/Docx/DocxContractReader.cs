using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Sourcewise.Contracts;
using Sourcewise.Diagnostics;

namespace Sourcewise.Documents.Contracts.Docx;

/// <summary>Reads a DOCX with DocumentFormat.OpenXml after <see cref="ZipGuard"/> has checked the archive (in
/// <see cref="ContractReader"/>, before this runs):
/// heading styles give headings, Word list numbering gives numbered clauses (with the number Word shows), table rows
/// give table rows, and explicit page breaks give pages.</summary>
internal static class DocxContractReader
{
    private const string DocumentPart = "word/document.xml";

    public static Result<ContractText> Read(byte[] bytes, string source, ContractReaderOptions options,
        CancellationToken cancellationToken)
    {
        var where = new SourceLocation(source);
        if (!ZipGuard.HasEntry(bytes, DocumentPart))
        {
            return ContractReader.Fail("docx-not-word",
                $"is a zip archive but not a Word document (it has no {DocumentPart}); accepted: {ContractReader.AcceptedExtensions}",
                where);
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings
            {
                MaxCharactersInPart = options.MaxInflatedBytes,
                AutoSave = false,
            });
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body;
            if (main is null || body is null)
            {
                return ContractReader.Fail("docx-damaged", "is a damaged DOCX (it has no document body)", where);
            }

            var walker = new Walker(
                new DocxStyles(main.StyleDefinitionsPart?.Styles),
                new DocxNumbering(main.NumberingDefinitionsPart?.Numbering),
                cancellationToken);
            walker.Block(body);
            var text = walker.Build(source);
            if (text.Lines.IsEmpty)
            {
                return ContractReader.Fail("empty-file", "is a Word document with no text", where);
            }

            return Result<ContractText>.Ok(text);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException
            or FileFormatException or InvalidOperationException or NotSupportedException or ArgumentException
            or IOException)
        {
            return ContractReader.Fail("docx-damaged", $"is a damaged DOCX ({ContractReader.OneLine(e.Message)})", where);
        }
    }

    private sealed class Walker(DocxStyles styles, DocxNumbering numbering, CancellationToken cancellationToken)
    {
        /// <summary>Deepest element nesting followed; a hostile document cannot exhaust the stack.</summary>
        private const int MaxDepth = 48;

        private readonly List<(int Page, string Text, ContractLineKind Kind)> _items = [];
        private int _page = 1;
        private bool _sawPageBreak;
        private int _count;

        public void Block(OpenXmlElement container, int depth = 0)
        {
            if (depth > MaxDepth)
            {
                return;
            }

            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph paragraph:
                        Paragraph(paragraph);
                        break;
                    case Table table:
                        Table(table, depth + 1);
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                        Block(content, depth + 1);
                        break;
                    case CustomXmlBlock or SdtContentBlock:
                        Block(child, depth + 1);
                        break;
                }
            }
        }

        public ContractText Build(string source)
        {
            var builder = new ContractLinesBuilder();
            var lastPage = 0;
            foreach (var (page, text, kind) in _items)
            {
                if (_sawPageBreak && page != lastPage)
                {
                    builder.StartPage(page);
                    lastPage = page;
                }

                builder.AddNext(text, kind);
            }

            return new ContractText(source, "docx", builder.ToImmutable(),
                _sawPageBreak && _items.Count > 0 ? _items.Max(i => i.Page) : null);
        }

        private void Paragraph(Paragraph paragraph)
        {
            if ((++_count & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var properties = paragraph.ParagraphProperties;
            var style = styles.Resolve(properties?.ParagraphStyleId?.Val?.Value);
            if (properties?.PageBreakBefore is { } pageBreakBefore && (pageBreakBefore.Val is null || pageBreakBefore.Val.Value)
                || (properties?.PageBreakBefore is null && style.PageBreakBefore))
            {
                NewPage();
            }

            var numId = properties?.NumberingProperties?.NumberingId?.Val?.Value ?? style.NumId;
            var level = properties?.NumberingProperties?.NumberingLevelReference?.Val?.Value ?? style.Level;

            var sb = new StringBuilder();
            Inline(paragraph, sb, splitAtPageBreaks: true);
            var text = ContractLinesBuilder.Clean(sb.ToString());
            if (text.Length > 0)
            {
                // Empty numbered paragraphs (section-break carriers) do not take a number.
                var number = numId is { } id && id != 0 ? numbering.Next(id, level) : null;
                if (!string.IsNullOrEmpty(number) && !text.StartsWith(number, StringComparison.Ordinal))
                {
                    text = number + " " + text;
                }

                var kind = Kind(text, style, numbered: numId is { } n && n != 0, properties?.OutlineLevel?.Val?.Value);
                if (kind == ContractLineKind.Body && LooksLikeTitle(paragraph, text))
                {
                    kind = ContractLineKind.Heading;
                }

                _items.Add((_page, text, kind));
            }

            // A section break that starts a new page is an explicit page break.
            if (properties?.SectionProperties is { } section
                && section.GetFirstChild<SectionType>()?.Val?.Value != SectionMarkValues.Continuous)
            {
                NewPage();
            }
        }

        private static ContractLineKind Kind(string text, DocxStyle style, bool numbered, int? outlineLevel)
        {
            var headingStyle = style.IsHeading || outlineLevel is >= 0 and < 9;
            if (headingStyle)
            {
                // "Providing Services. Customer may enter SOWs …" is a clause with a run-in heading.
                // So is a numbered definition set in a heading style ("13.7 “Covered Claim” means … Claim.").
                var isTitle = text.Length <= 120 && !HasSentenceAfterTitle(text)
                    && (!text.EndsWith('.') || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8);
                return isTitle ? ContractLineKind.Heading : ContractLineKind.Clause;
            }

            if (numbered)
            {
                return ContractLineKind.Clause;
            }

            return LineKinds.Classify(text);
        }

        /// <summary>A short paragraph set all in bold or in a large size ("SOW", a document title) without a
        /// heading style.</summary>
        private static bool LooksLikeTitle(Paragraph paragraph, string text)
        {
            if (text.Length > 80 || text[^1] is '.' or ',' or ';' or ':' || !text.Any(char.IsLetter))
            {
                return false;
            }

            var allBold = true;
            var large = false;
            var any = false;
            foreach (var run in paragraph.Descendants<Run>())
            {
                if (!run.Elements<DocumentFormat.OpenXml.Wordprocessing.Text>().Any(t => !string.IsNullOrWhiteSpace(t.Text)))
                {
                    continue;
                }

                any = true;
                var properties = run.RunProperties;
                allBold &= properties?.Bold is { } bold && (bold.Val is null || bold.Val.Value);
                if (int.TryParse(properties?.FontSize?.Val?.Value, out var halfPoints) && halfPoints >= 28)
                {
                    large = true;
                }
            }

            return any && (allBold || large);
        }

        private static bool HasSentenceAfterTitle(string text)
        {
            var dot = text.IndexOf(". ", StringComparison.Ordinal);
            return dot > 0 && dot + 2 < text.Length && text.Length - dot > 40;
        }

        private void Table(Table table, int depth)
        {
            foreach (var row in table.Elements<TableRow>())
            {
                var cells = new List<string>();
                var cellElements = row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row).ToList();
                foreach (var cell in cellElements)
                {
                    var sb = new StringBuilder();
                    CellText(cell, sb, depth + 1);
                    cells.Add(ContractLinesBuilder.Clean(sb.ToString()));
                }

                var filled = cells.Count(c => c.Length > 0);
                if (filled == 1)
                {
                    // A one-cell row is layout, not data: read its paragraphs as running text.
                    Block(cellElements[cells.FindIndex(c => c.Length > 0)], depth + 1);
                    continue;
                }

                if (cells.Any(c => c.Length > 0))
                {
                    _items.Add((_page, string.Join(" | ", cells.Where(c => c.Length > 0)), ContractLineKind.TableRow));
                }
            }
        }

        private void CellText(OpenXmlElement container, StringBuilder sb, int depth)
        {
            if (depth > MaxDepth)
            {
                return;
            }

            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph paragraph:
                        if (sb.Length > 0)
                        {
                            sb.Append(' ');
                        }

                        Inline(paragraph, sb, splitAtPageBreaks: false);
                        break;
                    case Table nested:
                        foreach (var row in nested.Elements<TableRow>())
                        {
                            foreach (var cell in row.Elements<TableCell>())
                            {
                                CellText(cell, sb, depth + 1);
                            }
                        }

                        break;
                    case SdtBlock or SdtCell or SdtContentBlock or SdtContentCell or CustomXmlBlock:
                        CellText(child, sb, depth + 1);
                        break;
                }
            }
        }

        private void Inline(OpenXmlElement element, StringBuilder sb, bool splitAtPageBreaks, int depth = 0)
        {
            if (depth > MaxDepth)
            {
                return;
            }

            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text text:
                        sb.Append(text.Text);
                        break;
                    case TabChar or PositionalTab or CarriageReturn:
                        sb.Append(' ');
                        break;
                    case Break br:
                        if (br.Type?.Value == BreakValues.Page)
                        {
                            if (splitAtPageBreaks)
                            {
                                // Text before the break stays on its page.
                                var before = ContractLinesBuilder.Clean(sb.ToString());
                                if (before.Length > 0)
                                {
                                    _items.Add((_page, before, LineKinds.Classify(before)));
                                }

                                sb.Clear();
                                NewPage();
                            }
                            else
                            {
                                sb.Append(' ');
                            }
                        }
                        else
                        {
                            sb.Append(' ');
                        }

                        break;
                    case NoBreakHyphen:
                        sb.Append('-');
                        break;
                    case ParagraphProperties or RunProperties or DeletedText or FieldCode or DeletedFieldCode
                        or Deleted or DeletedRun or MoveFrom or MoveFromRun or SoftHyphen or AlternateContentFallback:
                        break;
                    case Paragraph nested:
                        sb.Append(' ');
                        Inline(nested, sb, splitAtPageBreaks: false, depth + 1);
                        sb.Append(' ');
                        break;
                    default:
                        if (child.HasChildren)
                        {
                            Inline(child, sb, splitAtPageBreaks, depth + 1);
                        }

                        break;
                }
            }
        }

        private void NewPage()
        {
            _page++;
            _sawPageBreak = true;
        }
    }
}
