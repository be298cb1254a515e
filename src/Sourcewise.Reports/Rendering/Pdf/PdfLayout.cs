using System.Collections.Immutable;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Sourcewise.Reports.Documents;

namespace Sourcewise.Reports.Rendering.Pdf;

/// <summary>Lays a report out on A4 pages: a cursor moves down the page and every block asks for the room it needs
/// before it draws; tables go row by row and repeat their header on each new page.</summary>
internal sealed class PdfLayout
{
    private const double PageWidth = 595.28; // A4 in points
    private const double PageHeight = 841.89;
    private const double MarginLeft = 56;
    private const double MarginRight = 56;
    private const double MarginTop = 56;
    private const double MarginBottom = 64;
    private const double ContentWidth = PageWidth - MarginLeft - MarginRight;
    private const double Bottom = PageHeight - MarginBottom;
    private const double CellPadX = 5;
    private const double CellPadY = 3.5;

    private static readonly XColor Ink = XColor.FromArgb(0x1F, 0x23, 0x28);
    private static readonly XColor Muted = XColor.FromArgb(0x57, 0x60, 0x6A);
    private static readonly XColor Accent = XColor.FromArgb(0x0B, 0x5C, 0xAD);
    private static readonly XColor Line = XColor.FromArgb(0xD0, 0xD7, 0xDE);
    private static readonly XColor Band = XColor.FromArgb(0xF6, 0xF8, 0xFA);
    private static readonly XColor HeaderFill = XColor.FromArgb(0xE7, 0xEC, 0xF2);
    private static readonly XColor NoteFill = XColor.FromArgb(0xDD, 0xF4, 0xFF);
    private static readonly XColor WarnFill = XColor.FromArgb(0xFF, 0xF8, 0xC5);
    private static readonly XColor WarnBar = XColor.FromArgb(0x9A, 0x67, 0x00);

    private readonly PdfDocument _pdf;
    private readonly ReportDocument _document;
    private readonly PdfText _text;
    private XGraphics? _gfx;
    private double _y;

    public PdfLayout(PdfDocument pdf, ReportDocument document)
    {
        _pdf = pdf;
        _document = document;
        _text = new PdfText();
    }

    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page.");

    public void Run()
    {
        NewPage();
        Title();
        foreach (var section in _document.Sections)
        {
            SectionHeading(section, section.Blocks.Length > 0 ? LeadHeight(section.Blocks[0]) : 0);
            foreach (var block in section.Blocks)
            {
                Block(block);
            }
        }

        _gfx?.Dispose();
        _gfx = null;
        Footers();
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        var page = _pdf.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _gfx = XGraphics.FromPdfPage(page);
        _y = MarginTop;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom && _y > MarginTop + 0.5)
        {
            NewPage();
        }
    }

    private void Title()
    {
        var style = TextStyle.Title;
        var lines = _text.Wrap(RichText.Plain(_document.Title), style, ContentWidth);
        DrawLines(lines, MarginLeft, style);
        _y += 8;
        if (_document.Metadata.Length == 0)
        {
            return;
        }

        // The header box: label column sized to the longest label.
        var labelStyle = TextStyle.Meta with { Bold = true };
        var labelWidth = _document.Metadata.Max(m => _text.Measure(m.Label, labelStyle)) + 12;
        var valueWidth = ContentWidth - labelWidth - 20;
        var rows = _document.Metadata
            .Select(m => _text.Wrap(RichText.Plain(m.Value), TextStyle.Meta, valueWidth))
            .ToList();
        var height = rows.Sum(r => r.Count * TextStyle.Meta.LineHeight) + 16;
        EnsureRoom(height);
        var box = new XRect(MarginLeft, _y, ContentWidth, height);
        Gfx.DrawRectangle(new XPen(Line, 0.6), new XSolidBrush(Band), box);
        var y = _y + 8;
        for (var i = 0; i < rows.Count; i++)
        {
            _text.DrawRun(Gfx, _document.Metadata[i].Label, labelStyle with { Color = Muted }, MarginLeft + 10, y);
            var yy = y;
            foreach (var line in rows[i])
            {
                _text.DrawLine(Gfx, line, MarginLeft + 10 + labelWidth, yy, TextStyle.Meta);
                yy += TextStyle.Meta.LineHeight;
            }

            y = yy;
        }

        _y += height + 14;
    }

    /// <summary>The room the start of a block needs, so that a heading is never left alone above it.</summary>
    private double LeadHeight(ReportBlock block)
    {
        switch (block)
        {
            case ImageBlock { Png: not null } image when image.WidthPx > 0 && image.HeightPx > 0:
                return ImageSize(image).Height + 20;
            case TableBlock table:
                {
                    var widths = table.NormalisedWeights().Select(w => (w * ContentWidth) - (2 * CellPadX)).ToArray();
                    double RowOf(IEnumerable<RichText> cells, TextStyle style) =>
                        (cells.Select((c, i) => _text.Wrap(c, style, widths[i]).Count).DefaultIfEmpty(1).Max()
                            * style.LineHeight) + (2 * CellPadY);
                    var header = RowOf(table.Header.Select(h => RichText.Plain(h)), TextStyle.Table with { Bold = true });
                    var first = table.Rows.Length > 0 ? RowOf(table.Rows[0], TextStyle.Table) : 0;
                    // A very tall first row may break across pages, so only a few of its lines must follow the heading.
                    return header + SplitAware(first, header)
                        + (table.Caption is null ? 0 : 2 * TextStyle.Caption.LineHeight);
                }

            case SignOffBlock:
                return 80;
            default:
                return 48;
        }
    }

    private void SectionHeading(ReportSection section, double leadHeight)
    {
        var style = TextStyle.Heading1;
        var lines = _text.Wrap(RichText.Plain(section.Title), style, ContentWidth);
        // Keep the heading with the start of what follows.
        EnsureRoom(14 + (lines.Count * style.LineHeight) + 8 + leadHeight);
        _y += 14;
        var page = _pdf.Pages[^1];
        _pdf.Outlines.Add(section.Title, page, true);
        DrawLines(lines, MarginLeft, style);
        Gfx.DrawLine(new XPen(Line, 0.8), MarginLeft, _y + 1, MarginLeft + ContentWidth, _y + 1);
        _y += 8;
    }

    private void Block(ReportBlock block)
    {
        switch (block)
        {
            case SubheadingBlock h:
                {
                    var lines = _text.Wrap(RichText.Plain(h.Text), TextStyle.Heading2, ContentWidth);
                    EnsureRoom(6 + (lines.Count * TextStyle.Heading2.LineHeight) + 40);
                    _y += 6;
                    DrawLines(lines, MarginLeft, TextStyle.Heading2);
                    _y += 2;
                    break;
                }

            case ParagraphBlock p:
                Paragraph(p.Text, MarginLeft, ContentWidth, TextStyle.Body);
                _y += 6;
                break;
            case NoteBlock n:
                Note(n);
                break;
            case BulletListBlock list:
                foreach (var item in list.Items)
                {
                    var lines = _text.Wrap(item, TextStyle.Body, ContentWidth - 14);
                    EnsureRoom(Math.Min(lines.Count, 2) * TextStyle.Body.LineHeight);
                    _text.DrawRun(Gfx, "•", TextStyle.Body with { Color = Accent }, MarginLeft + 2, _y);
                    DrawLines(lines, MarginLeft + 14, TextStyle.Body);
                    _y += 2.5;
                }

                _y += 4;
                break;
            case TableBlock table:
                Table(table, minRowHeight: 0);
                break;
            case SignOffBlock signOff:
                Table(new TableBlock(["Role", "Name", "Signature", "Date"],
                    [.. signOff.Roles.Select(r => (ImmutableArray<RichText>)
                        [RichText.Plain(r), RichText.Plain(""), RichText.Plain(""), RichText.Plain("")])],
                    ColumnWeights: [3, 3, 3, 2], FirstColumnIsHeader: true), minRowHeight: 30);
                break;
            case ImageBlock image:
                Image(image);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block.");
        }
    }

    private void Paragraph(RichText text, double x, double width, TextStyle style)
    {
        var lines = _text.Wrap(text, style, width);
        // Avoid a lone first line at the bottom of a page.
        EnsureRoom(Math.Min(lines.Count, 2) * style.LineHeight);
        DrawLines(lines, x, style);
    }

    private void DrawLines(IReadOnlyList<PdfLine> lines, double x, TextStyle style)
    {
        foreach (var line in lines)
        {
            EnsureRoom(style.LineHeight);
            _text.DrawLine(Gfx, line, x, _y, style);
            _y += style.LineHeight;
        }
    }

    private void Note(NoteBlock note)
    {
        var style = TextStyle.Body;
        var content = new RichText([new TextRun(note.Label + ". ", Bold: true), .. note.Text.Runs]);
        var lines = _text.Wrap(content, style, ContentWidth - 22);
        var height = (lines.Count * style.LineHeight) + 12;
        EnsureRoom(Math.Min(height, Bottom - MarginTop));
        var warning = note.Kind == NoteKind.Warning;
        Gfx.DrawRectangle(new XSolidBrush(warning ? WarnFill : NoteFill), MarginLeft, _y, ContentWidth, height);
        Gfx.DrawRectangle(new XSolidBrush(warning ? WarnBar : Accent), MarginLeft, _y, 3.5, height);
        var y = _y + 6;
        foreach (var line in lines)
        {
            _text.DrawLine(Gfx, line, MarginLeft + 12, y, style);
            y += style.LineHeight;
        }

        _y += height + 10;
    }

    private void Table(TableBlock table, double minRowHeight)
    {
        var weights = table.NormalisedWeights();
        var widths = weights.Select(w => w * ContentWidth).ToArray();
        var headerStyle = TextStyle.Table with { Bold = true };
        var header = table.Header.Select((h, i) => _text.Wrap(RichText.Plain(h), headerStyle, widths[i] - (2 * CellPadX))).ToList();
        var headerHeight = RowHeight(header, headerStyle, 0);

        var rows = table.Rows.Select(row => Enumerable.Range(0, table.Header.Length).Select(i =>
        {
            var cell = i < row.Length ? row[i] : RichText.Plain("");
            var style = i == 0 && table.FirstColumnIsHeader ? headerStyle : TextStyle.Table;
            return _text.Wrap(cell, style, widths[i] - (2 * CellPadX));
        }).ToList()).ToList();

        if (table.Caption is { } caption)
        {
            var captionLines = _text.Wrap(RichText.Plain(caption), TextStyle.Caption, ContentWidth);
            EnsureRoom((captionLines.Count * TextStyle.Caption.LineHeight) + headerHeight
                + (rows.Count > 0 ? SplitAware(RowHeight(rows[0], TextStyle.Table, minRowHeight), headerHeight) : 0));
            DrawLines(captionLines, MarginLeft, TextStyle.Caption with { Color = Muted });
            _y += 2;
        }

        // The header never stands alone at the bottom of a page.
        EnsureRoom(headerHeight + (rows.Count > 0
            ? SplitAware(RowHeight(rows[0], TextStyle.Table, minRowHeight), headerHeight)
            : 0));
        DrawRow(header, widths, headerHeight, headerStyle, table, isHeader: true);
        var maxRowHeight = Bottom - MarginTop - headerHeight;
        foreach (var row in rows)
        {
            var height = RowHeight(row, TextStyle.Table, minRowHeight);
            var rest = row;
            while (height > maxRowHeight)
            {
                // A row taller than a page: fill what is left of this page, continue on the next.
                var fit = (int)Math.Floor((Bottom - _y - (2 * CellPadY)) / TextStyle.Table.LineHeight);
                if (fit < 2)
                {
                    NewPage();
                    DrawRow(header, widths, headerHeight, headerStyle, table, isHeader: true);
                    continue;
                }

                var part = rest.Select(c => (IReadOnlyList<PdfLine>)[.. c.Take(fit)]).ToList();
                DrawRow(part, widths, RowHeight(part, TextStyle.Table, 0), TextStyle.Table, table, isHeader: false);
                rest = [.. rest.Select(c => (IReadOnlyList<PdfLine>)[.. c.Skip(fit)])];
                height = RowHeight(rest, TextStyle.Table, minRowHeight);
                NewPage();
                DrawRow(header, widths, headerHeight, headerStyle, table, isHeader: true);
            }

            if (_y + height > Bottom)
            {
                NewPage();
                DrawRow(header, widths, headerHeight, headerStyle, table, isHeader: true);
            }

            DrawRow(rest, widths, height, TextStyle.Table, table, isHeader: false);
        }

        _y += 10;
    }

    /// <summary>The room a first row needs below its header: all of it, unless it is taller than a page and will be
    /// split anyway, in which case a few lines.</summary>
    private static double SplitAware(double rowHeight, double headerHeight) =>
        rowHeight > Bottom - MarginTop - headerHeight ? 4 * TextStyle.Table.LineHeight : rowHeight;

    private static double RowHeight(List<IReadOnlyList<PdfLine>> cells, TextStyle style, double minRowHeight) =>
        Math.Max(minRowHeight, (Math.Max(1, cells.Max(c => c.Count)) * style.LineHeight) + (2 * CellPadY));

    private void DrawRow(List<IReadOnlyList<PdfLine>> cells, double[] widths, double height, TextStyle style,
        TableBlock table, bool isHeader)
    {
        var x = MarginLeft;
        var pen = new XPen(Line, 0.6);
        for (var i = 0; i < cells.Count; i++)
        {
            var rowHeader = !isHeader && i == 0 && table.FirstColumnIsHeader;
            var fill = isHeader ? HeaderFill : rowHeader ? Band : XColors.White;
            Gfx.DrawRectangle(pen, new XSolidBrush(fill), x, _y, widths[i], height);
            var y = _y + CellPadY;
            var cellStyle = rowHeader ? style with { Bold = true } : style;
            foreach (var line in cells[i])
            {
                var dx = table.IsNumeric(i) ? widths[i] - (2 * CellPadX) - line.Width : 0;
                _text.DrawLine(Gfx, line, x + CellPadX + dx, y, cellStyle);
                y += style.LineHeight;
            }

            x += widths[i];
        }

        _y += height;
    }

    private void Image(ImageBlock image)
    {
        if (image.Png is not { } png || image.WidthPx <= 0 || image.HeightPx <= 0)
        {
            Paragraph(RichText.Build().Italic(image.AltText), MarginLeft, ContentWidth, TextStyle.Body);
            return;
        }

        var (width, height) = ImageSize(image);

        var captionLines = image.Caption is { } c ? _text.Wrap(RichText.Plain(c), TextStyle.Caption, ContentWidth) : [];
        EnsureRoom(height + 4 + (captionLines.Count * TextStyle.Caption.LineHeight));
        using (var xImage = XImage.FromStream(new MemoryStream(png)))
        {
            Gfx.DrawImage(xImage, MarginLeft + ((ContentWidth - width) / 2), _y, width, height);
        }

        _y += height + 4;
        DrawLines(captionLines, MarginLeft, TextStyle.Caption with { Color = Muted });
        _y += 8;
    }

    private static (double Width, double Height) ImageSize(ImageBlock image)
    {
        var width = ContentWidth;
        var height = width * image.HeightPx / image.WidthPx;
        var maxHeight = Bottom - MarginTop - 40;
        if (height > maxHeight)
        {
            height = maxHeight;
            width = height * image.WidthPx / image.HeightPx;
        }

        return (width, height);
    }

    private void Footers()
    {
        var count = _pdf.PageCount;
        var style = TextStyle.Footer;
        var title = _document.Title;
        var maxTitleWidth = ContentWidth - 90;
        while (title.Length > 8 && _text.Measure(title, style) > maxTitleWidth)
        {
            title = title[..^2].TrimEnd() + "…";
            title = title.Replace("……", "…", StringComparison.Ordinal);
        }

        for (var i = 0; i < count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_pdf.Pages[i], XGraphicsPdfPageOptions.Append);
            var y = PageHeight - MarginBottom + 24;
            gfx.DrawLine(new XPen(Line, 0.6), MarginLeft, y - 6, MarginLeft + ContentWidth, y - 6);
            _text.DrawRun(gfx, title, style, MarginLeft, y);
            var label = $"Page {i + 1} of {count}";
            _text.DrawRun(gfx, label, style, MarginLeft + ContentWidth - _text.Measure(label, style), y);
        }
    }
}
