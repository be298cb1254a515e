using System.Collections.Immutable;
using System.Text;

namespace Sourcewise.Contracts;

/// <summary>Splits a contract's lines into sentences and clauses that may span lines and pages, each with the
/// position of its first and last line and its exact text.</summary>
/// <remarks>
/// <para>Lines flow into one another when the format wraps paragraphs over several lines (plain text, Markdown and
/// PDF, where consecutive lines join); in HTML and DOCX every line is already a whole paragraph. Headings and table
/// rows are always sentences of their own, and a numbered clause ("4.2", "(a)", "Section 5.") always starts a new
/// sentence. A long table row is split into sentences too, each marked <see cref="ContractLineKind.TableRow"/>.
/// A word hyphenated across a line break is joined when the document uses the joined word elsewhere or
/// the pieces are not both words it uses ("manage-" + "ment" → "management", "third-" + "party" stays).</para>
/// <para>Sentences end at <c>.</c>, <c>?</c> or <c>!</c> followed by a space and a capital, digit, quote or
/// parenthesis, except after common abbreviations (<c>e.g.</c>, <c>Inc.</c>, <c>No.</c>, …).</para>
/// </remarks>
/// <threadsafety>Thread-safe: the methods are pure.</threadsafety>
public static class ContractSentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "inc", "ltd", "llc", "l.l.c", "co", "corp", "no", "nos", "sec", "secs", "art", "arts",
        "cl", "para", "paras", "p", "pp", "vs", "v", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "u.s", "u.k", "n.a",
        "s.a", "b.v", "n.v", "plc", "approx", "dept", "est", "fig", "max", "min", "govt", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ex", "exh", "sch", "a.m", "p.m", "viz",
        "cf", "al", "seq", "incl", "hr", "hrs",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>About how many characters of lines a chunk holds when a large text is split on several threads.</summary>
    internal const int ChunkCharacters = 1 << 20;

    /// <summary>Where the one line of a one-line block starts in the block's text.</summary>
    private static readonly int[] OneLineStarts = [0];

    /// <summary>Splits all lines of <paramref name="text"/> into sentences in reading order.</summary>
    /// <param name="text">The contract text.</param>
    /// <param name="cancellationToken">Checked once per block of lines.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <remarks>A large text is split in chunks on several threads. Chunks start where a block of lines starts, and
    /// blocks are split independently of one another, so the sentences are the same as in one pass.</remarks>
    public static ImmutableArray<ContractSentence> Split(ContractText text, CancellationToken cancellationToken = default) =>
        Split(text, ChunkCharacters, cancellationToken);

    /// <summary>Splits with a given chunk size (tests use small ones to split a small text in many chunks).</summary>
    internal static ImmutableArray<ContractSentence> Split(ContractText text, int chunkCharacters,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var linesAreParagraphs = text.Format is "html" or "docx";
        var lines = text.Lines;

        // Built at most once, by whichever chunk first meets a hyphenated line break, and only read after that.
        var vocabulary = new Lazy<HashSet<string>>(() => Hyphenation.Vocabulary(lines.Select(l => l.Text)));
        bool IsKnown(string word) => vocabulary.Value.Contains(word);

        var cuts = Cuts(lines, linesAreParagraphs, chunkCharacters);
        var chunks = cuts.Count - 1;
        if (chunks == 1)
        {
            return SplitChunk(lines, 0, lines.Length, linesAreParagraphs, IsKnown, cancellationToken).ToImmutable();
        }

        var parts = new ImmutableArray<ContractSentence>.Builder[chunks];
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken },
            c => parts[c] = SplitChunk(lines, cuts[c], cuts[c + 1], linesAreParagraphs, IsKnown, cancellationToken));
        var all = ImmutableArray.CreateBuilder<ContractSentence>(parts.Sum(p => p.Count));
        foreach (var part in parts)
        {
            all.AddRange(part);
        }

        return all.MoveToImmutable();
    }

    /// <summary>Where chunks start (indexes into <paramref name="lines"/>, first 0, last the line count): at the
    /// start of a block after every <paramref name="chunkCharacters"/> characters or so.</summary>
    private static List<int> Cuts(ImmutableArray<ContractLine> lines, bool linesAreParagraphs, int chunkCharacters)
    {
        var cuts = new List<int> { 0 };
        long characters = 0;
        long next = chunkCharacters;
        for (var i = 1; i < lines.Length; i++)
        {
            characters += lines[i - 1].Text.Length;
            if (characters >= next && StartsNewBlock(lines[i - 1], lines[i], linesAreParagraphs))
            {
                cuts.Add(i);
                next = characters + chunkCharacters;
            }
        }

        cuts.Add(lines.Length);
        return cuts;
    }

    /// <summary>Splits lines <paramref name="from"/> (the first of a block) up to <paramref name="to"/> (the end of
    /// a block).</summary>
    private static ImmutableArray<ContractSentence>.Builder SplitChunk(ImmutableArray<ContractLine> lines, int from,
        int to, bool linesAreParagraphs, Func<string, bool> isKnown, CancellationToken cancellationToken)
    {
        var result = ImmutableArray.CreateBuilder<ContractSentence>();
        var block = new List<ContractLine>();
        var joined = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            if (block.Count > 0 && StartsNewBlock(block[^1], line, linesAreParagraphs))
            {
                EmitBlock(block, result, isKnown, joined);
                block.Clear();
                if (i % 256 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            block.Add(line);
        }

        if (block.Count > 0)
        {
            EmitBlock(block, result, isKnown, joined);
        }

        return result;
    }

    private static bool StartsNewBlock(ContractLine previous, ContractLine line, bool linesAreParagraphs)
    {
        if (linesAreParagraphs)
        {
            return true;
        }

        if (line.Kind is ContractLineKind.Heading or ContractLineKind.TableRow or ContractLineKind.Clause
            || previous.Kind is ContractLineKind.Heading or ContractLineKind.TableRow)
        {
            return true;
        }

        if (line.Page == previous.Page)
        {
            // A gap in line numbers is a blank line in the source: a paragraph break.
            return line.Line != previous.Line + 1;
        }

        // Across a page break a paragraph continues unless the previous page ended a sentence.
        var end = previous.Text.AsSpan().TrimEnd();
        return end.Length == 0 || end[^1] is '.' or ':' or '!' or '?';
    }

    private static void EmitBlock(List<ContractLine> block, ImmutableArray<ContractSentence>.Builder result,
        Func<string, bool> isKnown, StringBuilder joined)
    {
        string textOfBlock;
        int[] starts;
        if (block.Count == 1)
        {
            // Most blocks are one line (a paragraph on one source line): its text is the block's text, uncopied.
            var only = block[0].Text;
            var trimmed = only.AsSpan().Trim();
            textOfBlock = trimmed.Length == only.Length ? only : trimmed.ToString();
            starts = OneLineStarts;
        }
        else
        {
            // Join the lines, remembering where each line starts in the joined text.
            joined.Clear();
            starts = new int[block.Count];
            for (var i = 0; i < block.Count; i++)
            {
                var current = block[i].Text.AsSpan().Trim();
                if (i > 0 && joined.Length > 0)
                {
                    var previousText = block[i - 1].Text.AsSpan();
                    if (Hyphenation.IsCandidate(previousText, current))
                    {
                        var left = Hyphenation.LeftFragment(previousText);
                        var right = Hyphenation.RightFragment(current);
                        if (Hyphenation.JoinWithoutHyphen(left, right, isKnown))
                        {
                            joined.Length--; // drop the hyphen
                        }
                    }
                    else if (joined[^1] is not ('-' or '/' or '\u2014'))
                    {
                        joined.Append(' ');
                    }
                }

                starts[i] = joined.Length;
                joined.Append(current);
            }

            textOfBlock = joined.ToString();
        }

        var firstKind = block[0].Kind;
        var splitSentences = firstKind is not ContractLineKind.Heading;
        var laterKind = firstKind == ContractLineKind.TableRow ? ContractLineKind.TableRow : ContractLineKind.Body;
        var sentenceStart = 0;
        var isFirst = true;
        var at = 0;
        while (splitSentences && at < textOfBlock.Length)
        {
            // Only '.', '?' and '!' can end a sentence: jump from one to the next.
            var found = textOfBlock.AsSpan(at).IndexOfAny('.', '?', '!');
            if (found < 0)
            {
                break;
            }

            at += found;
            if ((IsSentenceEnd(textOfBlock, at, out var next) || EndsCompanyNameAtLineEnd(textOfBlock, at, starts, out next))
                && !(isFirst && firstKind == ContractLineKind.Clause && CountWords(textOfBlock, sentenceStart, next) <= 6))
            {
                Add(textOfBlock, sentenceStart, next, block, starts, isFirst ? firstKind : laterKind, result);
                isFirst = false;
                sentenceStart = next;
                at = next;
            }
            else
            {
                at++;
            }
        }

        Add(textOfBlock, sentenceStart, textOfBlock.Length, block, starts, isFirst ? firstKind : laterKind, result);
    }

    private static int CountWords(string text, int start, int end)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var isSpace = char.IsWhiteSpace(text[i]);
            if (!isSpace && !inWord)
            {
                words++;
            }

            inWord = !isSpace;
        }

        return words;
    }

    private static void Add(string text, int start, int end, List<ContractLine> block, int[] starts,
        ContractLineKind kind, ImmutableArray<ContractSentence>.Builder result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return;
        }

        var first = block[LineAt(starts, start)];
        var last = block[LineAt(starts, end - 1)];
        var sentence = start == 0 && end == text.Length ? text : text[start..end];
        result.Add(new ContractSentence(first.Page, first.Line, sentence, kind, last.Page, last.Line));
    }

    private static int LineAt(int[] starts, int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        // Several lines can start at the same offset only when some are empty; take the last of them.
        while (index + 1 < starts.Length && starts[index + 1] == offset)
        {
            index++;
        }

        return Math.Max(index, 0);
    }

    private static bool IsSentenceEnd(string text, int i, out int next)
    {
        next = i + 1;
        var c = text[i];
        if (c is not ('.' or '?' or '!'))
        {
            return false;
        }

        // Closing quotes and brackets belong to the sentence.
        var j = i + 1;
        while (j < text.Length && text[j] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019')
        {
            j++;
        }

        if (j >= text.Length || !char.IsWhiteSpace(text[j]))
        {
            return false;
        }

        var k = j;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        if (k >= text.Length)
        {
            return false;
        }

        var following = text[k];
        if (!(char.IsUpper(following) || char.IsDigit(following) || following is '(' or '"' or '\u201C' or '['))
        {
            return false;
        }

        if (c == '.' && IsAbbreviationOrNumber(text, i))
        {
            return false;
        }

        next = j;
        return true;
    }

    /// <summary>"… between Copperleaf Retail Corp. and Tidewater Analytics Inc." at the end of a line, and the next
    /// line starts with a capital: the company's suffix ends the sentence too.</summary>
    private static bool EndsCompanyNameAtLineEnd(string text, int dot, int[] starts, out int next)
    {
        next = dot + 1;
        if (text[dot] != '.' || starts.Length < 2 || dot + 2 >= text.Length || text[dot + 1] != ' '
            || !char.IsUpper(text[dot + 2]) || Array.IndexOf(starts, dot + 2, 1) < 0)
        {
            return false;
        }

        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text.AsSpan(start, dot - start);
        return word.Equals("inc", StringComparison.OrdinalIgnoreCase) || word.Equals("ltd", StringComparison.OrdinalIgnoreCase)
            || word.Equals("llc", StringComparison.OrdinalIgnoreCase) || word.Equals("corp", StringComparison.OrdinalIgnoreCase)
            || word.Equals("plc", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsAbbreviationOrNumber(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text.AsSpan(start, dot - start);
        if (word.Length == 0)
        {
            return false;
        }

        // A clause number ("4.2." or "5.") or a single capital initial ("J. Smith").
        if (IsDigitsAndDots(word))
        {
            return start == 0 || IsClauseNumberPosition(text, start);
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return AbbreviationLookup.Contains(word);
    }

    /// <summary>Whether every character is an ASCII digit or a dot (a plain loop: the words are short, and a
    /// search over a set of characters is generic code that a whole run would first meet unoptimised).</summary>
    private static bool IsDigitsAndDots(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is not ((>= '0' and <= '9') or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsClauseNumberPosition(string text, int start)
    {
        // "Section 5. The" or "(see 4.2. above)": a number right after "Section"/"Article"/"Clause".
        var before = text.AsSpan(0, start).TrimEnd();
        return before.EndsWith("Section", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("Article", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("Clause", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("§", StringComparison.Ordinal);
    }
}
