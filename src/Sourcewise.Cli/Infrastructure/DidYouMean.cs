namespace Sourcewise.Cli.Infrastructure;

/// <summary>Suggests the names a mistyped word was probably meant to be (edit distance with transpositions, or a
/// prefix), for usage errors.</summary>
internal static class DidYouMean
{
    /// <summary>The closest candidates, best first; empty when nothing is close.</summary>
    public static IReadOnlyList<string> Suggest(string typed, IEnumerable<string> candidates)
    {
        var word = typed.Trim();
        if (word.Length == 0)
        {
            return [];
        }

        var bare = word.TrimStart('-');
        var limit = Math.Max(1, bare.Length / 3);
        var scored = new List<(string Name, int Distance)>();
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            var name = candidate.TrimStart('-');
            var isPrefix = (bare.Length >= 3 && name.StartsWith(bare, StringComparison.OrdinalIgnoreCase))
                || (name.Length >= 4 && bare.StartsWith(name, StringComparison.OrdinalIgnoreCase));
            if (distance <= limit || isPrefix)
            {
                scored.Add((candidate, isPrefix ? 0 : distance));
            }
        }

        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Min(s => s.Distance);
        return [.. scored.Where(s => s.Distance == best).Select(s => s.Name).Order(StringComparer.Ordinal)];
    }

    /// <summary>" (did you mean 'x'?)", " (did you mean 'x' or 'y'?)", or empty.</summary>
    public static string Hint(string typed, IEnumerable<string> candidates)
    {
        var suggestions = Suggest(typed, candidates);
        return suggestions.Count == 0
            ? string.Empty
            : $" (did you mean {string.Join(" or ", suggestions.Take(3).Select(s => $"'{s}'"))}?)";
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
