using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Sourcewise.Documents.Contracts.Pdf;

/// <summary>Groups a page's letters into lines by baseline and puts spaces back where the gaps between glyphs say
/// there is one: missing spaces between words are inserted, and letter-spaced words ("T E R M") are closed up.</summary>
internal static class PdfPageLines
{
    private readonly record struct Glyph(string Value, double U0, double U1, double V, double Size, bool Bold, bool IsSpace);

    public static List<PdfTextLine> Extract(Page page)
    {
        var letters = page.Letters;
        if (letters.Count == 0)
        {
            return [];
        }

        var orientation = DominantOrientation(letters);
        var boldFonts = new Dictionary<string, bool>(StringComparer.Ordinal);
        var glyphs = new List<Glyph>(letters.Count);
        foreach (var letter in letters)
        {
            if (letter.TextOrientation != orientation || string.IsNullOrEmpty(letter.Value))
            {
                continue;
            }

            var (u0, v) = Map(letter.StartBaseLine.X, letter.StartBaseLine.Y, orientation);
            var (u1, _) = Map(letter.EndBaseLine.X, letter.EndBaseLine.Y, orientation);
            if (u1 < u0)
            {
                (u0, u1) = (u1, u0);
            }

            var size = letter.PointSize > 0.5 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            var isSpace = string.IsNullOrWhiteSpace(letter.Value);
            var bold = IsBoldFont(letter, boldFonts) || letter.RenderingMode == TextRenderingMode.FillThenStroke;
            glyphs.Add(new Glyph(letter.Value, u0, u1, v, size, bold, isSpace));
        }

        if (glyphs.Count == 0)
        {
            return [];
        }

        // Lines: cluster by baseline, top of the page first.
        glyphs.Sort((a, b) => b.V.CompareTo(a.V));
        var lines = new List<PdfTextLine>();
        var current = new List<Glyph>();
        var lineV = glyphs[0].V;
        var lineSize = glyphs[0].Size;
        foreach (var glyph in glyphs)
        {
            var tolerance = 0.4 * Math.Min(Math.Max(lineSize, 1), Math.Max(glyph.Size, 1));
            if (current.Count > 0 && Math.Abs(glyph.V - lineV) > tolerance)
            {
                AddLine(current, lines);
                current.Clear();
            }

            if (current.Count == 0)
            {
                lineV = glyph.V;
                lineSize = glyph.Size;
            }

            current.Add(glyph);
        }

        AddLine(current, lines);
        var (top, bottom) = orientation switch
        {
            TextOrientation.Rotate90 or TextOrientation.Rotate270 => (page.Width, 0.0),
            _ => (page.Height, 0.0),
        };
        var height = Math.Max(top - bottom, 1);
        foreach (var line in lines)
        {
            var fromTop = orientation is TextOrientation.Rotate180 or TextOrientation.Rotate90
                ? -line.Baseline
                : top - line.Baseline;
            var fromBottom = height - fromTop;
            line.InMargin = fromTop < height * 0.12 || fromBottom < height * 0.12;
        }

        return lines;
    }

    private static bool IsBoldFont(Letter letter, Dictionary<string, bool> cache)
    {
        var name = letter.FontName ?? string.Empty;
        if (!cache.TryGetValue(name, out var bold))
        {
            bold = letter.FontDetails?.IsBold == true || name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase);
            cache[name] = bold;
        }

        return bold;
    }

    private static TextOrientation DominantOrientation(IReadOnlyList<Letter> letters)
    {
        Span<int> counts = stackalloc int[5];
        foreach (var letter in letters)
        {
            var index = (int)letter.TextOrientation;
            if (index >= 0 && index < counts.Length)
            {
                counts[index]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return (TextOrientation)best;
    }

    /// <summary>Maps page coordinates so that text reads along +u and lines stack along -v.</summary>
    private static (double U, double V) Map(double x, double y, TextOrientation orientation) => orientation switch
    {
        TextOrientation.Rotate180 => (-x, -y),
        TextOrientation.Rotate90 => (y, -x),
        TextOrientation.Rotate270 => (-y, x),
        _ => (x, y),
    };

    private static void AddLine(List<Glyph> glyphs, List<PdfTextLine> lines)
    {
        if (glyphs.Count == 0)
        {
            return;
        }

        glyphs.Sort((a, b) => a.U0.CompareTo(b.U0));
        var hasExplicitSpaces = false;
        var sizes = new List<double>(glyphs.Count);
        var bold = 0;
        var visible = 0;
        foreach (var g in glyphs)
        {
            if (g.IsSpace)
            {
                hasExplicitSpaces = true;
                continue;
            }

            sizes.Add(g.Size);
            visible++;
            if (g.Bold)
            {
                bold++;
            }
        }

        if (visible == 0)
        {
            return;
        }

        sizes.Sort();
        var size = sizes[sizes.Count / 2];

        // Tokens separated by spaces, remembering the gap before each token.
        var tokens = new List<(string Text, double Gap, double Start)>();
        var word = new StringBuilder();
        double? previousEnd = null;
        var pendingSpace = false;
        var gapBefore = 0.0;
        var wordStart = 0.0;
        var implicitThreshold = (hasExplicitSpaces ? 0.3 : 0.15) * size;
        foreach (var g in glyphs)
        {
            if (g.IsSpace)
            {
                pendingSpace = true;
                continue;
            }

            // A glyph drawn twice at the same place (fake bold) is one glyph.
            if (previousEnd is { } end && word.Length > 0 && g.U0 < end - 0.5 * (g.U1 - g.U0)
                && word.ToString().EndsWith(g.Value, StringComparison.Ordinal))
            {
                continue;
            }

            var gap = previousEnd is { } e ? g.U0 - e : 0;
            if (word.Length > 0 && (pendingSpace || gap > implicitThreshold))
            {
                tokens.Add((word.ToString(), gapBefore, wordStart));
                word.Clear();
            }

            if (word.Length == 0)
            {
                gapBefore = gap;
                wordStart = g.U0;
            }

            word.Append(g.Value);
            previousEnd = Math.Max(previousEnd ?? g.U1, g.U1);
            pendingSpace = false;
        }

        if (word.Length > 0)
        {
            tokens.Add((word.ToString(), gapBefore, wordStart));
        }

        var (text, hasColumns) = JoinTokens(tokens, size);
        var first = glyphs.First(g => !g.IsSpace);
        lines.Add(new PdfTextLine
        {
            Text = text,
            IsTableRow = hasColumns,
            Baseline = glyphs.Average(g => g.V),
            Left = first.U0,
            FontSize = size,
            BoldShare = (double)bold / visible,
        });
    }

    /// <summary>Joins tokens with single spaces, closing up runs of three or more single letters that are really one
    /// letter-spaced word ("S E R V I C E S" → "SERVICES"; a wider gap inside the run still separates words). A gap
    /// wider than four ems between columns ("Role      Rate") becomes " | ", as in a table row, except after a
    /// leading clause number ("(a)" then a tab).</summary>
    private static (string Text, bool HasColumns) JoinTokens(List<(string Text, double Gap, double Start)> tokens, double size)
    {
        var sb = new StringBuilder();
        var hasColumns = false;
        var i = 0;
        while (i < tokens.Count)
        {
            var runEnd = i;
            while (runEnd < tokens.Count && IsSingleLetter(tokens[runEnd].Text))
            {
                runEnd++;
            }

            if (runEnd - i >= 3)
            {
                var gaps = new List<double>();
                for (var k = i + 1; k < runEnd; k++)
                {
                    gaps.Add(tokens[k].Gap);
                }

                gaps.Sort();
                var median = gaps[gaps.Count / 2];
                for (var k = i; k < runEnd; k++)
                {
                    if (k == i)
                    {
                        if (sb.Length > 0)
                        {
                            sb.Append(' ');
                        }
                    }
                    else if (tokens[k].Gap > median * 1.6 + 0.5)
                    {
                        sb.Append(' ');
                    }

                    sb.Append(tokens[k].Text);
                }

                i = runEnd;
                continue;
            }

            if (sb.Length > 0)
            {
                var afterNumber = i == 1 && LineKinds.StartsWithClauseNumber(tokens[0].Text + " x");
                if (tokens[i].Gap > 4 * size && !afterNumber)
                {
                    sb.Append(" | ");
                    hasColumns = true;
                }
                else
                {
                    sb.Append(' ');
                }
            }

            sb.Append(tokens[i].Text);
            i++;
        }

        return (sb.ToString(), hasColumns);
    }

    private static bool IsSingleLetter(string token) => token.Length == 1 && char.IsLetter(token[0]);
}
