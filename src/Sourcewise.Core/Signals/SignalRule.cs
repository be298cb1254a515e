using System.Buffers;
using System.Text.RegularExpressions;

namespace Sourcewise.Signals;

/// <summary>The compiled cues of one signal: a keyword prefilter, cue patterns, negated cues and exclusions.</summary>
internal sealed class SignalRule
{
    public SignalRule(SignalDefinition definition, IReadOnlyList<string> keywords, IReadOnlyList<string> requires,
        IReadOnlyList<Regex> cues,
        IReadOnlyList<Regex> negatedCues, IReadOnlyList<Regex> excludes)
    {
        Definition = definition;
        Keywords = SearchValues.Create(keywords.ToArray(), StringComparison.OrdinalIgnoreCase);
        Requires = requires.Count == 0 ? null : SearchValues.Create(requires.ToArray(), StringComparison.OrdinalIgnoreCase);
        Cues = cues;
        NegatedCues = negatedCues;
        Excludes = excludes;
    }

    public SignalDefinition Definition { get; }

    public SearchValues<string> Keywords { get; }

    /// <summary>A second keyword set that must also occur (every cue of the signal needs one of these words).</summary>
    public SearchValues<string>? Requires { get; }

    public IReadOnlyList<Regex> Cues { get; }

    public IReadOnlyList<Regex> NegatedCues { get; }

    public IReadOnlyList<Regex> Excludes { get; }

    /// <summary>Whether the sentence carries the signal (a positive cue not negated, or a negated cue negated).</summary>
    public bool Fires(string sentence)
    {
        if (sentence.AsSpan().IndexOfAny(Keywords) < 0
            || (Requires is not null && sentence.AsSpan().IndexOfAny(Requires) < 0))
        {
            return false;
        }

        var fired = false;
        foreach (var cue in Cues)
        {
            if (AnyMatch(cue, sentence, wantNegated: false))
            {
                fired = true;
                break;
            }
        }

        if (!fired)
        {
            foreach (var cue in NegatedCues)
            {
                if (AnyMatch(cue, sentence, wantNegated: true))
                {
                    fired = true;
                    break;
                }
            }
        }

        if (!fired)
        {
            return false;
        }

        foreach (var exclude in Excludes)
        {
            if (SafeIsMatch(exclude, sentence))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyMatch(Regex cue, string sentence, bool wantNegated)
    {
        try
        {
            for (var match = cue.Match(sentence); match.Success; match = match.NextMatch())
            {
                if (Negation.IsNegated(sentence, match.Index, match.Length) == wantNegated)
                {
                    return true;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        return false;
    }

    private static bool SafeIsMatch(Regex regex, string sentence)
    {
        try
        {
            return regex.IsMatch(sentence);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
