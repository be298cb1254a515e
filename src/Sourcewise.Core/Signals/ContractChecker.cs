using System.Collections.Immutable;
using Sourcewise.Contracts;

namespace Sourcewise.Signals;

/// <summary>The proposal check: signals, claimed and actual model, findings. CPU-bound and synchronous.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class ContractChecker
{
    private static readonly Lazy<ContractChecker> LazyDefault = new(() => new ContractChecker(SignalCatalogue.Default));
    private readonly SignalDetector _detector;
    private readonly ClaimedModelReader _claims;
    private readonly ContractClassifier _classifier;

    /// <summary>Creates a checker over a catalogue.</summary>
    public ContractChecker(SignalCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        Catalogue = catalogue;
        _detector = new SignalDetector(catalogue);
        _claims = new ClaimedModelReader(catalogue);
        _classifier = new ContractClassifier(catalogue);
    }

    /// <summary>A checker over <see cref="SignalCatalogue.Default"/>.</summary>
    public static ContractChecker Default => LazyDefault.Value;

    /// <summary>The catalogue.</summary>
    public SignalCatalogue Catalogue { get; }

    /// <summary>Checks a contract.</summary>
    /// <param name="text">The contract's lines.</param>
    /// <param name="claimed">The claimed model given by the user (<c>--claimed</c>); when null, it is read from the document.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ContractCheck Check(ContractText text, EngagementModel? claimed = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = ContractSentences.Split(text, cancellationToken);
        var reading = _detector.Read(sentences, cancellationToken);
        var claim = claimed is { } c ? new ClaimedModel(c, ClaimSource.Option) : _claims.Read(sentences);
        var classification = _classifier.Classify(reading.Signals, reading.Facts);
        return Judge(text.Source, claim, reading.Signals, classification, "the document", fromQuestionnaire: false);
    }

    /// <summary>Checks a questionnaire of answered signals.</summary>
    /// <param name="answers">The answers.</param>
    /// <param name="claimed">A claimed model given by the user; overrides the questionnaire's.</param>
    public ContractCheck Check(QuestionnaireAnswers answers, EngagementModel? claimed = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var signals = ImmutableArray.CreateBuilder<DetectedSignal>();
        foreach (var definition in Catalogue.Signals)
        {
            if (answers.Answers.TryGetValue(definition.Id, out var answer) && answer == SignalAnswer.Yes)
            {
                var line = answers.Lines.TryGetValue(definition.Id, out var l) ? l : 0;
                signals.Add(new DetectedSignal(definition,
                    [new SignalEvidence($"{definition.Id}: yes (questionnaire answer)", null, line)], 1));
            }
        }

        var claim = claimed is { } c
            ? new ClaimedModel(c, ClaimSource.Option)
            : answers.ClaimedModel is { } q ? new ClaimedModel(q, ClaimSource.Questionnaire) : null;
        var unknown = answers.Answers.Count(a => a.Value == SignalAnswer.Unknown);
        var source = unknown > 0 ? $"the questionnaire ({unknown} answers unknown)" : "the questionnaire";
        var detected = signals.ToImmutable();
        return Judge(answers.Document, claim, detected, _classifier.Classify(detected, facts: null), source, fromQuestionnaire: true);
    }

    private ContractCheck Judge(string document, ClaimedModel? claim, ImmutableArray<DetectedSignal> signals,
        ContractClassification classification, string absenceSource, bool fromQuestionnaire)
    {
        var findings = FindingRules.Evaluate(Catalogue, claim, classification, signals, absenceSource)
            .OrderByDescending(f => f.Severity).ToImmutableArray();
        return new ContractCheck(document, claim, classification, signals, findings, fromQuestionnaire);
    }
}
