using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Sourcewise.Reports.Documents;

namespace Sourcewise.Reports.Rendering.Pdf;

/// <summary>Measures, wraps and draws styled text with the DejaVu fonts.</summary>
internal sealed class PdfText
{
    private const double CodeScale = 0.92;
    private readonly Dictionary<(double Size, bool Bold, bool Italic, bool Code), XFont> _fonts = [];
    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point,
        XPageDirection.Downwards);

    public double Measure(string text, TextStyle style) => Measure(text, Font(style.Size, style.Bold, false, false));

    private readonly Dictionary<(string Text, XFont Font), double> _widths = [];

    private double Measure(string text, XFont font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        // Words repeat across a report (and the space is measured once per word), so widths are remembered.
        if (!_widths.TryGetValue((text, font), out var width))
        {
            width = _measure.MeasureString(text, font).Width;
            _widths[(text, font)] = width;
        }

        return width;
    }

    public XFont Font(double size, bool bold, bool italic, bool code)
    {
        var key = (size, bold, italic, code);
        if (!_fonts.TryGetValue(key, out var font))
        {
            var style = (bold, italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(code ? DejaVuFontResolver.Mono : DejaVuFontResolver.Sans, code ? size * CodeScale : size, style,
                new XPdfFontOptions(PdfFontEncoding.Unicode));
            _fonts[key] = font;
        }

        return font;
    }

    /// <summary>Breaks styled text into lines no wider than <paramref name="width"/>. Breaks between words; a word
    /// wider than the line is broken between characters.</summary>
    public IReadOnlyList<PdfLine> Wrap(RichText text, TextStyle style, double width)
    {
        var words = Words(text, style.Bold);
        var lines = new List<PdfLine>();
        var pieces = new List<PdfPiece>();
        double x = 0;
        foreach (var word in words)
        {
            var wordWidth = word.Sum(t => Measure(t.Text, Font(style.Size, t.Bold, t.Italic, t.Code)));
            var space = pieces.Count == 0 ? 0 : Measure(" ", Font(style.Size, word[0].Bold, word[0].Italic, word[0].Code));
            if (pieces.Count > 0 && x + space + wordWidth > width)
            {
                lines.Add(new PdfLine([.. pieces], x));
                pieces.Clear();
                x = 0;
                space = 0;
            }

            if (pieces.Count == 0 && wordWidth > width)
            {
                // A long token (a URL, a path): break it between characters.
                foreach (var token in word)
                {
                    var font = Font(style.Size, token.Bold, token.Italic, token.Code);
                    var rest = token.Text;
                    while (rest.Length > 0)
                    {
                        var take = rest.Length;
                        while (take > 1 && x + Measure(rest[..take], font) > width)
                        {
                            take--;
                        }

                        if (x > 0 && x + Measure(rest[..take], font) > width)
                        {
                            lines.Add(new PdfLine([.. pieces], x));
                            pieces.Clear();
                            x = 0;
                            continue;
                        }

                        pieces.Add(new PdfPiece(rest[..take], token.Bold, token.Italic, token.Code, x));
                        x += Measure(rest[..take], font);
                        rest = rest[take..];
                        if (rest.Length > 0)
                        {
                            lines.Add(new PdfLine([.. pieces], x));
                            pieces.Clear();
                            x = 0;
                        }
                    }
                }

                continue;
            }

            x += space;
            foreach (var token in word)
            {
                pieces.Add(new PdfPiece(token.Text, token.Bold, token.Italic, token.Code, x));
                x += Measure(token.Text, Font(style.Size, token.Bold, token.Italic, token.Code));
            }
        }

        if (pieces.Count > 0 || lines.Count == 0)
        {
            lines.Add(new PdfLine([.. pieces], x));
        }

        return lines;
    }

    /// <summary>Draws a line whose top is at <paramref name="top"/>.</summary>
    public void DrawLine(XGraphics gfx, PdfLine line, double x, double top, TextStyle style)
    {
        var baseline = top + (style.Size * 0.93) + ((style.LineHeight - style.Size * 1.17) / 2);
        foreach (var piece in line.Pieces)
        {
            var font = Font(style.Size, piece.Bold || style.Bold, piece.Italic, piece.Code);
            gfx.DrawString(piece.Text, font, new XSolidBrush(style.Color), x + piece.X, baseline, XStringFormats.BaseLineLeft);
        }
    }

    /// <summary>Draws one unwrapped run whose top is at <paramref name="top"/>.</summary>
    public void DrawRun(XGraphics gfx, string text, TextStyle style, double x, double top)
    {
        var baseline = top + (style.Size * 0.93) + ((style.LineHeight - style.Size * 1.17) / 2);
        gfx.DrawString(text, Font(style.Size, style.Bold, false, false), new XSolidBrush(style.Color), x, baseline,
            XStringFormats.BaseLineLeft);
    }

    private static List<List<TextRun>> Words(RichText text, bool bold)
    {
        // A word is a run of non-space characters; a word may span styled runs ("**Decision**:").
        var words = new List<List<TextRun>>();
        List<TextRun>? current = null;
        foreach (var run in text.Runs)
        {
            var t = run.Text.ReplaceLineEndings(" ");
            var i = 0;
            while (i < t.Length)
            {
                if (char.IsWhiteSpace(t[i]))
                {
                    current = null;
                    i++;
                    continue;
                }

                var start = i;
                while (i < t.Length && !char.IsWhiteSpace(t[i]))
                {
                    i++;
                }

                if (current is null)
                {
                    current = [];
                    words.Add(current);
                }

                current.Add(run with { Text = t[start..i], Bold = run.Bold || bold });
            }
        }

        return words;
    }
}
