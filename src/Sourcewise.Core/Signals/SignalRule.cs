using System.Buffers;
using System.Text.RegularExpressions;

namespace Sourcewise.Signals;

/// <summary>The compiled cues of one signal: a keyword prefilter, cue patterns, negated cues and exclusions.</summary>
internal sealed class SignalRule
{
    private readonly IReadOnlyList<string> _cues;
    private readonly IReadOnlyList<string> _negatedCues;
    private readonly IReadOnlyList<string> _excludes;
    private readonly CueSet _interpreted;
    private readonly Lazy<CueSet> _compiled;

    public SignalRule(SignalDefinition definition, IReadOnlyList<string> keywords, IReadOnlyList<string> requires,
        IReadOnlyList<string> cues, IReadOnlyList<string> negatedCues, IReadOnlyList<string> excludes)
    {
        Definition = definition;
        KeywordList = keywords;
        RequiresList = requires;
        Keywords = SearchValues.Create(keywords.ToArray(), StringComparison.OrdinalIgnoreCase);
        Requires = requires.Count == 0 ? null : SearchValues.Create(requires.ToArray(), StringComparison.OrdinalIgnoreCase);
        _cues = cues;
        _negatedCues = negatedCues;
        _excludes = excludes;
        PatternLiterals = [.. cues.Concat(negatedCues).Concat(excludes).Select(RequiredLiterals.Choose)];
        if (Generated() is { } generated)
        {
            // The shipped catalogue: compiled at build time, nothing to build now.
            _interpreted = generated;
            _compiled = new Lazy<CueSet>(generated);
            IsGenerated = true;
        }
        else
        {
            _interpreted = Build(RegexOptions.None);
            _compiled = new Lazy<CueSet>(() => Build(RegexOptions.Compiled), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>Whether every regex of the rule was compiled at build time (<see cref="SignalPatterns"/>).</summary>
    public bool IsGenerated { get; }

    public SignalDefinition Definition { get; }

    /// <summary>The cue patterns, macros expanded.</summary>
    public IReadOnlyList<string> Cues => _cues;

    /// <summary>The negated-cue patterns, macros expanded.</summary>
    public IReadOnlyList<string> NegatedCues => _negatedCues;

    /// <summary>The exclusion patterns, macros expanded.</summary>
    public IReadOnlyList<string> Excludes => _excludes;

    public SearchValues<string> Keywords { get; }

    /// <summary>Per pattern (cues, then negated cues, then exclusions), the literal sets it needs
    /// (<see cref="RequiredLiterals.Choose"/>).</summary>
    public IReadOnlyList<string[][]> PatternLiterals { get; }

    /// <summary>The keywords, one of which must occur in a sentence for the cues to be tried.</summary>
    public IReadOnlyList<string> KeywordList { get; }

    /// <summary>The required words (empty: none needed).</summary>
    public IReadOnlyList<string> RequiresList { get; }

    /// <summary>A second keyword set that must also occur (every cue of the signal needs one of these words).</summary>
    public SearchValues<string>? Requires { get; }

    /// <summary>Builds the compiled regexes (when <paramref name="compiled"/>) so the first sentence does not wait.</summary>
    public void Prepare(bool compiled)
    {
        if (compiled)
        {
            _ = _compiled.Value;
        }
    }

    /// <summary>Whether the sentence carries the signal (a positive cue not negated, or a negated cue negated).</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="compiled">Use the compiled regexes (large documents) rather than the interpreter; same matches.</param>
    public bool Fires(string sentence, bool compiled = false) =>
        sentence.AsSpan().IndexOfAny(Keywords) >= 0
        && (Requires is null || sentence.AsSpan().IndexOfAny(Requires) >= 0)
        && CuesFire(sentence, compiled, PatternGate.Open);

    /// <summary>Whether the cues fire on a sentence that passed the keyword prefilter (see <see cref="Fires"/>).</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="compiled">Use the compiled regexes rather than the interpreter (when not built at build time).</param>
    /// <param name="gate">The patterns that may match; the others cannot, and are not run.</param>
    public bool CuesFire(string sentence, bool compiled, PatternGate gate)
    {
        var set = compiled ? _compiled.Value : _interpreted;
        var fired = false;
        var p = 0;
        for (var i = 0; i < set.Cues.Length && !fired; i++, p++)
        {
            fired = gate.MayMatch(p) && AnyMatch(set.Cues[i], sentence, wantNegated: false);
        }

        p = set.Cues.Length;
        for (var i = 0; i < set.NegatedCues.Length && !fired; i++, p++)
        {
            fired = gate.MayMatch(p) && AnyMatch(set.NegatedCues[i], sentence, wantNegated: true);
        }

        if (!fired)
        {
            return false;
        }

        p = set.Cues.Length + set.NegatedCues.Length;
        for (var i = 0; i < set.Excludes.Length; i++, p++)
        {
            if (gate.MayMatch(p) && set.Excludes[i].IsMatch(sentence))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyMatch(Regex cue, string sentence, bool wantNegated)
    {
        for (var match = cue.Match(sentence); match.Success; match = match.NextMatch())
        {
            if (Negation.IsNegated(sentence, match.Index, match.Length) == wantNegated)
            {
                return true;
            }
        }

        return false;
    }

    private CueSet Build(RegexOptions engine)
    {
        // No match timeout: a timeout that depends on machine load would make the same document give different
        // findings. The cue patterns only use bounded repetition ({0,8} words), so they cannot backtrack
        // catastrophically.
        var options = SignalPatterns.Options | engine;
        Regex[] Make(IReadOnlyList<string> patterns) =>
            [.. patterns.Select(p => new Regex(p, options, Regex.InfiniteMatchTimeout))];
        return new CueSet(Make(_cues), Make(_negatedCues), Make(_excludes));
    }

    private CueSet? Generated()
    {
        static Regex[]? Find(IReadOnlyList<string> patterns)
        {
            var regexes = new Regex[patterns.Count];
            for (var i = 0; i < regexes.Length; i++)
            {
                if (!SignalPatterns.TryGet(patterns[i], out var regex))
                {
                    return null;
                }

                regexes[i] = regex;
            }

            return regexes;
        }

        return Find(_cues) is { } cues && Find(_negatedCues) is { } negated && Find(_excludes) is { } excludes
            ? new CueSet(cues, negated, excludes)
            : null;
    }

    private sealed record CueSet(Regex[] Cues, Regex[] NegatedCues, Regex[] Excludes);
}
