using System.Collections.Immutable;
using Sourcewise.Contracts;

namespace Sourcewise.Documents.Contracts.Text;

/// <summary>Reads plain text: every non-blank source line is a line, numbered as in the file.</summary>
/// <remarks>A large text is read in chunks on several threads. A chunk starts at a blank line, and a blank line
/// resets everything a line's kind depends on (the line before it in the same paragraph), so each chunk reads exactly
/// as it would in one pass; the chunks are joined in order.</remarks>
internal static class PlainTextContractReader
{
    /// <summary>About how many characters a chunk holds: small enough to share out between busy cores, large enough
    /// that starting a chunk costs nothing in comparison.</summary>
    internal const int ChunkCharacters = 1 << 20;

    public static ContractText Read(string text, string source, CancellationToken cancellationToken) =>
        Read(text, source, ChunkCharacters, cancellationToken);

    /// <summary>Reads with a given chunk size (tests use small ones to read a small text in many chunks).</summary>
    internal static ContractText Read(string text, string source, int chunkCharacters,
        CancellationToken cancellationToken)
    {
        var lines = SourceLines.Ranges(text);
        var cuts = Cuts(text, lines, chunkCharacters);
        var chunks = cuts.Count - 1;
        if (chunks == 1)
        {
            return new ContractText(source, "text", ReadChunk(text, lines, 0, lines.Count, cancellationToken));
        }

        var parts = new ImmutableArray<ContractLine>[chunks];
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken },
            c => parts[c] = ReadChunk(text, lines, cuts[c], cuts[c + 1], cancellationToken));
        var all = ImmutableArray.CreateBuilder<ContractLine>(parts.Sum(p => p.Length));
        foreach (var part in parts)
        {
            all.AddRange(part);
        }

        return new ContractText(source, "text", all.MoveToImmutable());
    }

    /// <summary>Where chunks start (indexes into <paramref name="lines"/>, first 0, last the line count): at a blank
    /// line after every <paramref name="chunkCharacters"/> characters or so.</summary>
    private static List<int> Cuts(string text, List<(int Start, int Length)> lines, int chunkCharacters)
    {
        var cuts = new List<int> { 0 };
        var next = chunkCharacters;
        for (var i = 1; i < lines.Count; i++)
        {
            var (start, length) = lines[i];
            if (start >= next && text.AsSpan(start, length).IsWhiteSpace())
            {
                cuts.Add(i);
                next = start + chunkCharacters;
            }
        }

        cuts.Add(lines.Count);
        return cuts;
    }

    /// <summary>Reads source lines <paramref name="from"/> (a blank line or the first) up to <paramref name="to"/>.</summary>
    private static ImmutableArray<ContractLine> ReadChunk(string text, List<(int Start, int Length)> lines, int from,
        int to, CancellationToken cancellationToken)
    {
        var builder = new ContractLinesBuilder();
        string? previous = null;
        for (var i = from; i < to; i++)
        {
            var lineNumber = i + 1;
            if ((lineNumber & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = text.AsSpan(lines[i].Start, lines[i].Length);
            if (line.IsWhiteSpace())
            {
                previous = null;
                continue;
            }

            var clean = ContractLinesBuilder.Clean(line);
            var kind = LineKinds.ClassifyInFlow(clean, previous);
            builder.AddAt(null, lineNumber, clean, kind);
            previous = kind is ContractLineKind.Body or ContractLineKind.Clause ? clean : null;
        }

        return builder.ToImmutable();
    }
}
