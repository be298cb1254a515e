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
        var evidence = new List<SignalEvidence>?[rules.Length];
        var counts = new int[rules.Length];
        var filter = new ClauseFilter();
        for (var i = 0; i < sentences.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sentence = sentences[i];
            if (!filter.IsClause(sentence))
            {
                continue;
            }

            for (var r = 0; r < rules.Length; r++)
            {
                if (!rules[r].Fires(sentence.Text))
                {
                    continue;
                }

                counts[r]++;
                var list = evidence[r] ??= [];
                if (list.Count < MaxEvidence)
                {
                    list.Add(new SignalEvidence(sentence.Text, sentence.Page, sentence.Line));
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<DetectedSignal>();
        for (var r = 0; r < rules.Length; r++)
        {
            if (evidence[r] is { } list)
            {
                result.Add(new DetectedSignal(rules[r].Definition, [.. list], counts[r]));
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
