using System.Collections.Immutable;
using System.Globalization;
using Sourcewise.Contracts;
using Sourcewise.Signals.Learned;
using Sourcewise.Signals.Reading;

namespace Sourcewise.Signals;

/// <summary>Finds the catalogue's signals in a contract by reading each sentence (who does what, to whom, to what,
/// under which scope) and matching the catalogue's frames, with the document's own sentences as evidence.
/// Negated clauses, exceptions, definitions, tables of contents and the names of other documents do not fire.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class SignalDetector
{
    /// <summary>The most evidence sentences kept per signal.</summary>
    public const int MaxEvidence = 5;

    /// <summary>Sentences per parallel work item: small enough that both cores get work in a 100-page document and
    /// share a large one evenly.</summary>
    private const int ChunkSentences = 256;

    /// <summary>Words a sentence needs to be read as a clause (shorter ones are captions), table rows aside.</summary>
    private const int MinimumWords = 4;

    private static readonly Lazy<SignalDetector> LazyDefault = new(() => new SignalDetector(SignalCatalogue.Default));

    /// <summary>Creates a detector for a catalogue.</summary>
    public SignalDetector(SignalCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        Catalogue = catalogue;
        if (catalogue.Signals.Length > 64)
        {
            throw new ArgumentException("the detector handles at most 64 signals", nameof(catalogue));
        }
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
        CancellationToken cancellationToken = default) =>
        Read(sentences, cancellationToken).Signals;

    /// <summary>Reads a document: its parties, signals and the facts the model decision needs.</summary>
    internal DocumentReading Read(IReadOnlyList<ContractSentence> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var lexicon = Catalogue.Lexicon;
        var parties = PartyTable.Resolve(sentences, lexicon);
        var frames = Catalogue.Frames;
        var shapes = new ClauseShape[sentences.Count];
        var fired = new ulong[sentences.Count];
        var why = new Dictionary<(int Sentence, int Signal), Match>[(sentences.Count + ChunkSentences - 1) / ChunkSentences];
        var classifier = Catalogue.Classifier is { InUse: true } c0 ? c0 : null;
        var chunkCount = why.Length;
        var unless = frames.Select(f => f.Unless.Aggregate(0UL, (bits, id) => bits | (1UL << IndexOf(id)))).ToArray();
        var scope = Catalogue.Scope;
        var facts = new DocumentFacts[chunkCount];

        void Run(int c)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reader = new SentenceReader(lexicon);
            var matches = why[c] = [];
            var features = classifier is null ? null : new List<ulong>(256);
            var seen = classifier is null ? null : new HashSet<int>();
            var logits = classifier is null ? null : new float[frames.Length];
            var domains = new int[scope.Deals.Length];
            int read = 0, services = 0, engagement = 0;
            var end = Math.Min(sentences.Count, (c + 1) * ChunkSentences);
            for (var i = c * ChunkSentences; i < end; i++)
            {
                var sentence = sentences[i];
                var shape = shapes[i] = ClauseFilter.ShapeOf(sentence);
                if (shape != ClauseShape.Text)
                {
                    continue;
                }

                reader.Read(sentence.Text, sentence.Kind, parties);
                if ((reader.Words < MinimumWords || reader.Numbers * 3 > reader.Words + 6)
                    && sentence.Kind != ContractLineKind.TableRow)
                {
                    // A caption ("Transition Management") or a line of a table of contents, not a clause.
                    continue;
                }

                read++;
                if (parties.PreambleSentences.Contains(i))
                {
                    continue;
                }

                for (var d = 0; d < domains.Length; d++)
                {
                    domains[d] += scope.Deals[d].Domain >= 0 && reader.Concepts.Contains(scope.Deals[d].Domain) ? 1 : 0;
                }

                services += scope.Services >= 0 && reader.Concepts.Contains(scope.Services) ? 1 : 0;
                engagement += FirstMatch(reader, scope.Engagement) is null ? 0 : 1;

                ulong bits = 0;
                for (var s = 0; s < frames.Length; s++)
                {
                    if (FirstMatch(reader, frames[s].Frames) is { } frame)
                    {
                        bits |= 1UL << s;
                        matches[(i, s)] = new Match(frame, null);
                    }
                }

                if (classifier is not null)
                {
                    bits = Learn(reader, classifier, frames, bits, i, matches, features!, seen!, logits!);
                }

                for (var rest = bits; rest != 0; rest &= rest - 1)
                {
                    var s = System.Numerics.BitOperations.TrailingZeroCount(rest);
                    if ((unless[s] & bits) != 0)
                    {
                        bits &= ~(1UL << s);
                    }
                }

                fired[i] = bits;
            }

            facts[c] = new DocumentFacts(read, services, engagement, [.. domains]);
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
        var counts = new int[frames.Length];
        var ancillary = new bool[frames.Length];
        var main = new bool[frames.Length];
        var evidence = new ImmutableArray<SignalEvidence>.Builder?[frames.Length];
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (!filter.IsClause(sentence, shapes[i]))
            {
                continue;
            }

            for (var bits = fired[i]; bits != 0; bits &= bits - 1)
            {
                var s = System.Numerics.BitOperations.TrailingZeroCount(bits);
                var match = why[i / ChunkSentences][(i, s)];
                counts[s]++;
                ancillary[s] |= match.Frame.Ancillary;
                main[s] |= !match.Frame.Ancillary;
                var list = evidence[s] ??= ImmutableArray.CreateBuilder<SignalEvidence>(MaxEvidence);
                if (list.Count < MaxEvidence)
                {
                    list.Add(new SignalEvidence(sentence.Text, sentence.Page, sentence.Line, match.Why));
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<DetectedSignal>();
        for (var s = 0; s < frames.Length; s++)
        {
            if (evidence[s] is { } list)
            {
                result.Add(new DetectedSignal(Catalogue.Signals[s], list.ToImmutable(), counts[s]) { Ancillary = !main[s] });
            }
        }

        var total = facts.Aggregate(DocumentFacts.None(scope.Deals.Length), (a, b) => a.Add(b)) with
        {
            Title = string.Join(" ", sentences.Take(3).Select(s => s.Text)).ToLowerInvariant(),
            PartyNames = parties.MainNames,
        };
        return new DocumentReading(result.ToImmutable(), parties.Parties, sentences.Count, total);

        int IndexOf(string id) => Catalogue.Signals.IndexOf(Catalogue.Signals.First(d => d.Id == id));
    }

    /// <summary>For training and cross-validation: visits, in order, every sentence the detector reads in a
    /// document (the same filters: captions, tables of contents, preambles, definitions sections), with the reader
    /// on it, the signals its frames fire (bit per catalogue signal) and those a frame matches relaxed.</summary>
    internal void Visit(IReadOnlyList<ContractSentence> sentences, Action<int, SentenceReader, ulong, ulong> visit)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(visit);
        var lexicon = Catalogue.Lexicon;
        var parties = PartyTable.Resolve(sentences, lexicon);
        var frames = Catalogue.Frames;
        var filter = new ClauseFilter();
        var reader = new SentenceReader(lexicon);
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var shape = ClauseFilter.ShapeOf(sentence);
            if (!filter.IsClause(sentence, shape) || shape != ClauseShape.Text || parties.PreambleSentences.Contains(i))
            {
                continue;
            }

            reader.Read(sentence.Text, sentence.Kind, parties);
            if ((reader.Words < MinimumWords || reader.Numbers * 3 > reader.Words + 6) && sentence.Kind != ContractLineKind.TableRow)
            {
                continue;
            }

            ulong strict = 0, relaxed = 0;
            for (var s = 0; s < frames.Length; s++)
            {
                strict |= FirstMatch(reader, frames[s].Frames) is null ? 0 : 1UL << s;
                relaxed |= FirstMatch(reader, frames[s].Frames, relaxed: true) is null ? 0 : 1UL << s;
            }

            for (var rest = strict; rest != 0; rest &= rest - 1)
            {
                var s = System.Numerics.BitOperations.TrailingZeroCount(rest);
                foreach (var other in frames[s].Unless)
                {
                    var o = Catalogue.Signals.IndexOf(Catalogue.Signals.First(d => d.Id == other));
                    if ((strict & (1UL << o)) != 0)
                    {
                        strict &= ~(1UL << s);
                    }
                }
            }

            visit(i, reader, strict, relaxed);
        }
    }

    /// <summary>The learned layer on one sentence: a frame's match the classifier finds very unlikely is dropped
    /// (the signal's <c>veto</c>), and a sentence the frames missed carries the signal when the classifier is
    /// confident (<c>fire</c>) and a frame of the signal matches it relaxed, so the reading layer agrees on scope and
    /// on which party does what.</summary>
    private static ulong Learn(SentenceReader reader, SentenceClassifier classifier, ImmutableArray<SignalFrames> frames, ulong bits,
        int sentence, Dictionary<(int Sentence, int Signal), Match> matches, List<ulong> features, HashSet<int> seen, float[] logits)
    {
        features.Clear();
        SentenceFeatures.Extract(reader, features);
        classifier.Score(features, logits, seen);
        for (var s = 0; s < frames.Length; s++)
        {
            var p = SentenceClassifier.Probability(logits[s]);
            if ((bits & (1UL << s)) != 0)
            {
                if (p < classifier.Veto[s])
                {
                    bits &= ~(1UL << s);
                    matches.Remove((sentence, s));
                }
            }
            else if (p >= classifier.Fire[s] && FirstMatch(reader, frames[s].Frames, relaxed: true) is { } frame)
            {
                bits |= 1UL << s;
                var top = string.Join(", ", classifier.TopFeatures(features, s, 3));
                matches[(sentence, s)] = new Match(frame,
                    string.Create(CultureInfo.InvariantCulture, $"sentence classifier ({p:0.00}; {top}), reading as \"{frame.Name}\""));
            }
        }

        return bits;
    }

    internal static Frame? FirstMatch(SentenceReader reader, ImmutableArray<Frame> frames, bool relaxed = false)
    {
        foreach (var frame in frames)
        {
            if (!reader.Concepts.Overlaps(frame.Needed) || (frame.NeedsVerb && !reader.HasVerb && reader.LineKind != ContractLineKind.TableRow))
            {
                continue;
            }

            for (var t = 0; t < reader.Count; t++)
            {
                if (reader[t].Concepts.Overlaps(frame.Action) && frame.Matches(reader, t, relaxed))
                {
                    return frame;
                }
            }
        }

        return null;
    }

    /// <summary>The ids of the signals one sentence fires on its own (no section context); for tests and tools.</summary>
    public IEnumerable<string> SignalsIn(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var detected = Detect([new ContractSentence(null, 1, sentence, ContractLineKind.Body, null, 1)]);
        return detected.Select(d => d.Id);
    }
}

/// <summary>Why a sentence carries a signal: the frame that matched, and what the classifier read when it added it.</summary>
internal readonly record struct Match(Frame Frame, string? Learned)
{
    public string Why => Learned ?? Frame.Name;
}

/// <summary>What the detector read in a document.</summary>
/// <param name="Signals">The signals found, in catalogue order.</param>
/// <param name="Parties">The parties defined in the opening, with their roles.</param>
/// <param name="Sentences">How many sentences the document has.</param>
/// <param name="Facts">Counts of the document-level reading.</param>
internal sealed record DocumentReading(ImmutableArray<DetectedSignal> Signals, ImmutableArray<PartyInfo> Parties, int Sentences,
    DocumentFacts Facts);

/// <summary>Counts over the clauses read: how many, how many are about engineering or IT services, how many say a
/// party performs services for the other, and how many are about each other domain (licences, supply, finance …).</summary>
internal sealed record DocumentFacts(int Read, int Services, int Engagement, ImmutableArray<int> Domains)
{
    /// <summary>The first sentences, lower case: where a title says what the document is.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The short names of the two main parties ("licensor", "employer", "acme").</summary>
    public ImmutableArray<string> PartyNames { get; init; } = [];

    public static DocumentFacts None(int domains) => new(0, 0, 0, [.. new int[domains]]);

    public DocumentFacts Add(DocumentFacts other) => new(Read + other.Read, Services + other.Services,
        Engagement + other.Engagement, [.. Domains.Zip(other.Domains, (a, b) => a + b)]);
}
