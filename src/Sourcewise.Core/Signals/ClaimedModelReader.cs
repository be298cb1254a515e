using System.Text.RegularExpressions;
using Sourcewise.Contracts;

namespace Sourcewise.Signals;

/// <summary>Reads the model a document claims from its title, its opening (recitals) or the way it names itself
/// ("this Managed Services Agreement"). The claim is compared with the signals and is never itself a signal.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class ClaimedModelReader
{
    /// <summary>How many sentences at the start count as the title and recitals.</summary>
    public const int OpeningSentences = 15;

    private readonly SignalCatalogue _catalogue;
    private readonly Regex _label;
    private readonly Regex _selfReference;

    /// <summary>Creates a reader over the catalogue's label table.</summary>
    public ClaimedModelReader(SignalCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        _catalogue = catalogue;
        _label = Make(LabelPattern(catalogue));
        _selfReference = Make(SelfReferencePattern(catalogue));
    }

    /// <summary>The pattern of a claim label anywhere in a sentence.</summary>
    internal static string LabelPattern(SignalCatalogue catalogue) => $@"\b(?<label>{Phrases(catalogue)})\b";

    /// <summary>The pattern of a document naming itself ("this Managed Services Agreement").</summary>
    internal static string SelfReferencePattern(SignalCatalogue catalogue) =>
        $@"\bth(?:is|e\s+within)\s+(?<label>{Phrases(catalogue)})\b";

    private static string Phrases(SignalCatalogue catalogue) => string.Join("|", catalogue.ClaimLabels
        .OrderByDescending(l => l.Phrase.Length)
        .Select(l => Regex.Escape(l.Phrase).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

    // No match timeout, so the claim read never depends on machine load; an alternation of literal phrases cannot
    // backtrack catastrophically.
    private static Regex Make(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Regex.InfiniteMatchTimeout);

    /// <summary>The claimed model, or null when the document does not name one.</summary>
    public ClaimedModel? Read(IReadOnlyList<ContractSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        try
        {
            for (var i = 0; i < Math.Min(OpeningSentences, sentences.Count); i++)
            {
                if (Find(_label, sentences[i]) is { } claim)
                {
                    return claim;
                }
            }

            foreach (var sentence in sentences)
            {
                if (Find(_selfReference, sentence) is { } claim)
                {
                    return claim;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        return null;
    }

    private ClaimedModel? Find(Regex regex, ContractSentence sentence)
    {
        var match = regex.Match(sentence.Text);
        if (!match.Success)
        {
            return null;
        }

        var phrase = Regex.Replace(match.Groups["label"].Value.ToLowerInvariant(), @"\s+", " ");
        var label = _catalogue.ClaimLabels.FirstOrDefault(l => l.Phrase == phrase);
        return label is null
            ? null
            : new ClaimedModel(label.Model, ClaimSource.Document, match.Groups["label"].Value,
                new SignalEvidence(sentence.Text, sentence.Page, sentence.Line));
    }
}
