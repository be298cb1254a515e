using System.Collections.Immutable;
using Sourcewise.Contracts;

namespace Sourcewise.Signals;

/// <summary>Finds the catalogue's signals in a contract, sentence by sentence, with the document's own sentences as
/// evidence. Negated clauses, definitions and tables of contents do not fire.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class SignalDetector
{
    /// <summary>The most evidence sentences kept per signal.</summary>
    public const int MaxEvidence = 5;

    /// <summary>Sentences per parallel work item: small enough that both cores get work in a 100-page document and
    /// share a large one evenly.</summary>
    private const int ChunkSentences = 256;

    /// <summary>Sentences from which the compiled regexes pay for their build time.</summary>
    internal const int CompiledSentences = 8000;

    private static readonly Lazy<SignalDetector> LazyDefault = new(() => new SignalDetector(SignalCatalogue.Default));

    /// <summary>Creates a detector for a catalogue.</summary>
    public SignalDetector(SignalCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        Catalogue = catalogue;
    }

    /// <summary>A detector over <see cref="SignalCatalogue.Default"/>.</summary>
    public static SignalDetector Default => LazyDefault.Value;

    /// <summary>The catalogue.</summary>
    public SignalCatalogue Catalogue { get; }

    /// <summary>Detects the signals in a contract.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ImmutableArray<DetectedSignal> Detect(ContractText text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(ContractSentences.Split(text, cancellationToken), cancellationToken);
    }

    /// <summary>Detects the signals in sentences already split.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ImmutableArray<DetectedSignal> Detect(IReadOnlyList<ContractSentence> sentences,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var rules = Catalogue.Rules;
        var index = Catalogue.KeywordIndex;
        var compiled = sentences.Count >= CompiledSentences;
        if (compiled)
        {
            Catalogue.PrepareCompiled();
        }

        // Whether a sentence is a clause depends on the sections before it, but the costly part of that test and the
        // cues do not: work both out for every sentence in parallel, then walk the sentences in order to keep the
        // clauses' signals. A sentence that turns out not to be a clause (in a definitions section) is read for
        // nothing, which costs less than a second pass.
        var words = (rules.Length + 63) / 64;
        var shapes = new ClauseShape[sentences.Count];
        var fired = new ulong[sentences.Count * words];
        var chunkCount = (sentences.Count + ChunkSentences - 1) / ChunkSentences;
        void Run(int c)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Span<ulong> found = index is null ? [] : new ulong[index.SetWords];
            var end = Math.Min(sentences.Count, (c + 1) * ChunkSentences);
            for (var i = c * ChunkSentences; i < end; i++)
            {
                var sentence = sentences[i];
                var shape = shapes[i] = ClauseFilter.ShapeOf(sentence);
                if (shape != ClauseShape.Text)
                {
                    continue;
                }

                var text = sentence.Text;
                if (index is not null)
                {
                    for (var candidates = index.Scan(text, found); candidates != 0; candidates &= candidates - 1)
                    {
                        var r = System.Numerics.BitOperations.TrailingZeroCount(candidates);
                        if (rules[r].CuesFire(text, compiled, index.Gate(r, found)))
                        {
                            fired[i * words] |= 1UL << r;
                        }
                    }
                }
                else
                {
                    for (var r = 0; r < rules.Length; r++)
                    {
                        if (rules[r].Fires(text, compiled))
                        {
                            fired[(i * words) + (r / 64)] |= 1UL << (r % 64);
                        }
                    }
                }
            }
        }

        if (chunkCount <= 1)
        {
            for (var c = 0; c < chunkCount; c++)
            {
                Run(c);
            }
        }
        else
        {
            Parallel.For(0, chunkCount, new ParallelOptions { CancellationToken = cancellationToken }, Run);
        }

        var filter = new ClauseFilter();
        var counts = new int[rules.Length];
        var evidence = new ImmutableArray<SignalEvidence>.Builder?[rules.Length];
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (!filter.IsClause(sentence, shapes[i]))
            {
                continue;
            }

            for (var w = 0; w < words; w++)
            {
                for (var bits = fired[(i * words) + w]; bits != 0; bits &= bits - 1)
                {
                    var r = (w * 64) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    counts[r]++;
                    var list = evidence[r] ??= ImmutableArray.CreateBuilder<SignalEvidence>(MaxEvidence);
                    if (list.Count < MaxEvidence)
                    {
                        list.Add(new SignalEvidence(sentence.Text, sentence.Page, sentence.Line));
                    }
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<DetectedSignal>();
        for (var r = 0; r < rules.Length; r++)
        {
            if (evidence[r] is { } list)
            {
                result.Add(new DetectedSignal(rules[r].Definition, list.ToImmutable(), counts[r]));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The ids of the signals one sentence fires on its own (no section context); for tests and tools.</summary>
    public IEnumerable<string> SignalsIn(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var detected = Detect([new ContractSentence(null, 1, sentence, ContractLineKind.Body, null, 1)]);
        return detected.Select(d => d.Id);
    }
}
