using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.PdfFonts;

namespace Sourcewise.Documents.Contracts.Pdf;

/// <summary>Groups a page's letters into lines by baseline and puts spaces back where the gaps between glyphs say
/// there is one: missing spaces between words are inserted, and letter-spaced words ("T E R M") are closed up.</summary>
internal static class PdfPageLines
{
    internal readonly record struct Glyph(string Value, double U0, double U1, double V, double Size, bool Bold, bool IsSpace);

    /// <summary>A word of a line with the gap before it (in points along the line) and where it starts.</summary>
    internal readonly record struct Token(string Text, double Gap, double Start);

    public static List<PdfTextLine> Extract(Page page) => Extract(page, new Buffers());

    /// <summary>Extracts a page's lines, reusing <paramref name="buffers"/> (one per thread) from page to page.</summary>
    public static List<PdfTextLine> Extract(Page page, Buffers buffers)
    {
        var letters = page.Letters;
        if (letters.Count == 0)
        {
            return [];
        }

        var orientation = DominantOrientation(letters);
        buffers.Reserve(letters.Count);
        var glyphs = buffers.Glyphs;
        var boldFonts = new Dictionary<string, bool>(StringComparer.Ordinal);
        FontDetails? lastFont = null;
        var lastFontBold = false;
        var count = 0;
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
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

            // Runs of letters share one font object: skip the lookup by name (same name, same answer) for them.
            var font = letter.FontDetails;
            if (font is null || !ReferenceEquals(font, lastFont))
            {
                lastFontBold = IsBoldFont(letter, boldFonts);
                lastFont = font;
            }

            var bold = lastFontBold || letter.RenderingMode == TextRenderingMode.FillThenStroke;
            glyphs[count++] = new Glyph(letter.Value, u0, u1, v, size, bold, isSpace);
        }

        if (count == 0)
        {
            return [];
        }

        // Lines: cluster by baseline, top of the page first. The glyphs stay put; their indices are sorted.
        var order = buffers.Order.AsSpan(0, count);
        var keys = buffers.Keys.AsSpan(0, count);
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
            keys[i] = -glyphs[i].V;
        }

        SortByKey(keys, order, (a, b) => glyphs[b].V.CompareTo(glyphs[a].V));
        var lines = new List<PdfTextLine>();
        var lineStart = 0;
        var lineV = glyphs[order[0]].V;
        var lineSize = glyphs[order[0]].Size;
        for (var i = 0; i < count; i++)
        {
            var glyph = glyphs[order[i]];
            var tolerance = 0.4 * Math.Min(Math.Max(lineSize, 1), Math.Max(glyph.Size, 1));
            if (i > lineStart && Math.Abs(glyph.V - lineV) > tolerance)
            {
                AddLine(glyphs, order[lineStart..i], buffers, lines);
                lineStart = i;
            }

            if (i == lineStart)
            {
                lineV = glyph.V;
                lineSize = glyph.Size;
            }
        }

        AddLine(glyphs, order[lineStart..], buffers, lines);
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

    /// <summary>Sorts <paramref name="items"/> by <paramref name="keys"/> into exactly the order
    /// <c>Sort(comparison)</c> gives when the comparison compares those keys, ties included: both run the runtime's
    /// introsort with the same comparisons, this one without a delegate call per comparison. A NaN key (which the key
    /// sort moves to the front first) takes the comparison path.</summary>
    internal static void SortByKey(Span<double> keys, Span<int> items, Comparison<int> comparison)
    {
        if (HasNaN(keys))
        {
            items.Sort(comparison);
        }
        else
        {
            keys.Sort(items);
        }
    }

    private static bool HasNaN(Span<double> keys)
    {
        foreach (var key in keys)
        {
            if (double.IsNaN(key))
            {
                return true;
            }
        }

        return false;
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

    /// <param name="glyphs">The page's glyphs.</param>
    /// <param name="line">The indices of the line's glyphs, sorted here by where the glyphs start along the line.</param>
    /// <param name="buffers">The page's buffers (keys and sizes, tokens, text).</param>
    /// <param name="lines">Gets the line, unless it has no visible glyph.</param>
    private static void AddLine(Glyph[] glyphs, Span<int> line, Buffers buffers, List<PdfTextLine> lines)
    {
        if (line.IsEmpty)
        {
            return;
        }

        var keys = buffers.Keys.AsSpan(0, line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            keys[i] = glyphs[line[i]].U0;
        }

        SortByKey(keys, line, (a, b) => glyphs[a].U0.CompareTo(glyphs[b].U0));
        var hasExplicitSpaces = false;
        var sizes = buffers.Keys.AsSpan(0, line.Length);
        var bold = 0;
        var visible = 0;
        var first = -1;
        foreach (var index in line)
        {
            ref readonly var g = ref glyphs[index];
            if (g.IsSpace)
            {
                hasExplicitSpaces = true;
                continue;
            }

            sizes[visible++] = g.Size;
            if (first < 0)
            {
                first = index;
            }

            if (g.Bold)
            {
                bold++;
            }
        }

        if (visible == 0)
        {
            return;
        }

        sizes = sizes[..visible];
        sizes.Sort();
        var size = sizes[sizes.Length / 2];

        // Tokens separated by spaces, remembering the gap before each token.
        var tokens = buffers.Tokens;
        var tokenCount = 0;
        var word = buffers.Word.Clear();
        double? previousEnd = null;
        var pendingSpace = false;
        var gapBefore = 0.0;
        var wordStart = 0.0;
        var implicitThreshold = (hasExplicitSpaces ? 0.3 : 0.15) * size;
        foreach (var index in line)
        {
            ref readonly var g = ref glyphs[index];
            if (g.IsSpace)
            {
                pendingSpace = true;
                continue;
            }

            // A glyph drawn twice at the same place (fake bold) is one glyph.
            if (previousEnd is { } end && word.Length > 0 && g.U0 < end - 0.5 * (g.U1 - g.U0) && EndsWith(word, g.Value))
            {
                continue;
            }

            var gap = previousEnd is { } e ? g.U0 - e : 0;
            if (word.Length > 0 && (pendingSpace || gap > implicitThreshold))
            {
                buffers.AddToken(ref tokens, tokenCount++, new Token(word.ToString(), gapBefore, wordStart));
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
            buffers.AddToken(ref tokens, tokenCount++, new Token(word.ToString(), gapBefore, wordStart));
        }

        // The mean baseline, summed in order from the first glyph as Enumerable.Average does (same to the last bit).
        var baseline = glyphs[line[0]].V;
        for (var i = 1; i < line.Length; i++)
        {
            baseline += glyphs[line[i]].V;
        }

        var (text, hasColumns) = JoinTokens(tokens.AsSpan(0, tokenCount), size, buffers.Line.Clear());
        lines.Add(new PdfTextLine
        {
            Text = text,
            IsTableRow = hasColumns,
            Baseline = baseline / line.Length,
            Left = glyphs[first].U0,
            FontSize = size,
            BoldShare = (double)bold / visible,
        });
    }

    private static bool EndsWith(StringBuilder word, string value)
    {
        var offset = word.Length - value.Length;
        if (offset < 0)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (word[offset + i] != value[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Joins tokens with single spaces, closing up runs of three or more single letters that are really one
    /// letter-spaced word ("S E R V I C E S" → "SERVICES"; a wider gap inside the run still separates words). A gap
    /// wider than four ems between columns ("Role      Rate") becomes " | ", as in a table row, except after a
    /// leading clause number ("(a)" then a tab).</summary>
    private static (string Text, bool HasColumns) JoinTokens(ReadOnlySpan<Token> tokens, double size, StringBuilder sb)
    {
        var hasColumns = false;
        var i = 0;
        while (i < tokens.Length)
        {
            var runEnd = i;
            while (runEnd < tokens.Length && IsSingleLetter(tokens[runEnd].Text))
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

    /// <summary>Per-thread arrays reused from page to page (a page's glyph array is large enough for the large object
    /// heap, where allocating one per page costs full collections).</summary>
    internal sealed class Buffers
    {
        public Glyph[] Glyphs { get; private set; } = [];

        public int[] Order { get; private set; } = [];

        public double[] Keys { get; private set; } = [];

        /// <summary>A line's tokens (arrays, not lists: a list of a struct is generic code the runtime compiles
        /// at start-up, which a ReadyToRun build cannot carry).</summary>
        public Token[] Tokens { get; private set; } = new Token[64];

        public StringBuilder Word { get; } = new();

        public StringBuilder Line { get; } = new();

        public void AddToken(ref Token[] tokens, int index, Token token)
        {
            if (index == tokens.Length)
            {
                Array.Resize(ref tokens, tokens.Length * 2);
                Tokens = tokens;
            }

            tokens[index] = token;
        }

        public void Reserve(int count)
        {
            if (Glyphs.Length < count)
            {
                Glyphs = new Glyph[count];
                Order = new int[count];
                Keys = new double[count];
            }
        }
    }
}
