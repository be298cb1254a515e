using System.Diagnostics;
using System.Text.RegularExpressions;
using Sourcewise.Contracts;
using Sourcewise.Documents.Contracts;
using Sourcewise.Signals;

namespace Sourcewise.Benchmarks;

/// <summary>Splits the detector's single-thread time between the clause filter, the keyword prefilter, the cue
/// regexes and the negation test.</summary>
internal static class DetectProbe
{
    public static void Run(string file, TextWriter output)
    {
        var text = ContractReader.ReadFileAsync(file).GetAwaiter().GetResult().Value!;
        var sentences = ContractSentences.Split(text);
        var rules = SignalCatalogue.Default.Rules;
        var options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        var regexes = rules.Select(r => r.Cues.Concat(r.NegatedCues).Concat(r.Excludes)
            .Select(p => new Regex(p, options)).ToArray()).ToArray();
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            var filter = new ClauseFilter();
            var clauses = sentences.Where(filter.IsClause).Select(s => s.Text).ToArray();
            var filterTime = watch.Elapsed;

            watch.Restart();
            var passes = 0;
            var passing = new List<(string Text, int Rule)>();
            foreach (var s in clauses)
            {
                for (var r = 0; r < rules.Length; r++)
                {
                    if (s.AsSpan().IndexOfAny(rules[r].Keywords) >= 0
                        && (rules[r].Requires is null || s.AsSpan().IndexOfAny(rules[r].Requires!) >= 0))
                    {
                        passes++;
                        passing.Add((s, r));
                    }
                }
            }

            var keywordTime = watch.Elapsed;
            watch.Restart();
            var indexPasses = 0;
            foreach (var s in clauses)
            {
                indexPasses += System.Numerics.BitOperations.PopCount(SignalCatalogue.Default.KeywordIndex!.Candidates(s));
            }

            var indexTime = watch.Elapsed;

            watch.Restart();
            var matches = 0;
            foreach (var (s, r) in passing)
            {
                foreach (var regex in regexes[r])
                {
                    foreach (var m in regex.EnumerateMatches(s))
                    {
                        matches++;
                    }
                }
            }

            var regexTime = watch.Elapsed;
            if (round == 2)
            {
                for (var r = 0; r < rules.Length; r++)
                {
                    var mine = passing.Where(p => p.Rule == r).Select(p => p.Text).ToArray();
                    var w = Stopwatch.StartNew();
                    foreach (var t in mine)
                    {
                        foreach (var regex in regexes[r])
                        {
                            _ = regex.IsMatch(t);
                        }
                    }

                    output.WriteLine($"  {rules[r].Definition.Id,-30} {mine.Length,7} passes {w.Elapsed.TotalMilliseconds,6:F0} ms");
                }
            }

            watch.Restart();
            var fired = 0;
            foreach (var s in clauses)
            {
                for (var r = 0; r < rules.Length; r++)
                {
                    if (rules[r].Fires(s, compiled: true))
                    {
                        fired++;
                    }
                }
            }

            var firesTime = watch.Elapsed;
            output.WriteLine($"{clauses.Length} clauses; {passes} rule passes of the prefilter; {matches} matches; {fired} fired");
            output.WriteLine($"filter   {filterTime.TotalMilliseconds,8:F0} ms");
            output.WriteLine($"keywords {keywordTime.TotalMilliseconds,8:F0} ms (each rule's SearchValues)");
            output.WriteLine($"index    {indexTime.TotalMilliseconds,8:F0} ms (one pass, {indexPasses} rule passes)");
            output.WriteLine($"regexes  {regexTime.TotalMilliseconds,8:F0} ms (every pattern of passing rules, all matches)");
            output.WriteLine($"fires    {firesTime.TotalMilliseconds,8:F0} ms (SignalRule.Fires, compiled)");
        }
    }
}
