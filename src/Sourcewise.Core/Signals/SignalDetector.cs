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

    /// <summary>Sentences per parallel chunk; smaller documents are read on one thread.</summary>
    private const int ChunkSentences = 2000;

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

        // Which sentences are clauses depends on the sections before them: decide in order, then detect in parallel.
        var filter = new ClauseFilter();
        var isClause = new bool[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            isClause[i] = filter.IsClause(sentences[i]);
        }

        var compiled = sentences.Count >= CompiledSentences;
        if (compiled)
        {
            Catalogue.PrepareCompiled();
        }

        var chunkCount = Math.Max(1, Math.Min(Environment.ProcessorCount * 4, sentences.Count / ChunkSentences));
        var chunks = new Chunk[chunkCount];
        var size = (sentences.Count + chunkCount - 1) / Math.Max(1, chunkCount);
        void Run(int c)
        {
            var chunk = chunks[c] = new Chunk(rules.Length);
            var end = Math.Min(sentences.Count, (c + 1) * size);
            for (var i = c * size; i < end; i++)
            {
                if ((i & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (!isClause[i])
                {
                    continue;
                }

                var sentence = sentences[i];
                for (var r = 0; r < rules.Length; r++)
                {
                    if (!rules[r].Fires(sentence.Text, compiled))
                    {
                        continue;
                    }

                    chunk.Counts[r]++;
                    var list = chunk.Evidence[r] ??= [];
                    if (list.Count < MaxEvidence)
                    {
                        list.Add(new SignalEvidence(sentence.Text, sentence.Page, sentence.Line));
                    }
                }
            }
        }

        if (chunkCount == 1)
        {
            Run(0);
        }
        else
        {
            Parallel.For(0, chunkCount, new ParallelOptions { CancellationToken = cancellationToken }, Run);
        }

        var result = ImmutableArray.CreateBuilder<DetectedSignal>();
        for (var r = 0; r < rules.Length; r++)
        {
            var evidence = chunks.Where(c => c.Evidence[r] is not null).SelectMany(c => c.Evidence[r]!).Take(MaxEvidence).ToImmutableArray();
            if (evidence.Length > 0)
            {
                result.Add(new DetectedSignal(rules[r].Definition, evidence, chunks.Sum(c => c.Counts[r])));
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

    private sealed class Chunk(int rules)
    {
        public List<SignalEvidence>?[] Evidence { get; } = new List<SignalEvidence>?[rules];

        public int[] Counts { get; } = new int[rules];
    }
}
