using System.Diagnostics;
using System.Numerics;
using Sourcewise.Contracts;
using Sourcewise.Documents.Contracts;
using Sourcewise.Signals;

namespace Sourcewise.Benchmarks;

/// <summary>Times <see cref="SignalDetector.Detect(IReadOnlyList{ContractSentence}, CancellationToken)"/> (wall and
/// CPU, best of several runs) and splits its work on one thread between the clause shapes, the keyword and literal
/// scan and the cue regexes, next to the per-rule prefilter and ungated cues it replaced.</summary>
internal static class DetectProbe
{
    public static void Run(string file, TextWriter output, bool literals)
    {
        var text = ContractReader.ReadFileAsync(file).GetAwaiter().GetResult().Value!;
        var sentences = ContractSentences.Split(text);
        var rules = SignalCatalogue.Default.Rules;
        var index = SignalCatalogue.Default.KeywordIndex!;
        if (literals)
        {
            // How often each literal set is present: a set found in most sentences filters nothing.
            var sample = sentences.Where((_, i) => i % 10 == 0).Select(s => s.Text).ToArray();
            foreach (var set in rules.SelectMany(r => r.PatternLiterals).SelectMany(p => p)
                         .DistinctBy(set => string.Join("|", set.Order(StringComparer.OrdinalIgnoreCase)), StringComparer.OrdinalIgnoreCase))
            {
                var present = sample.Count(t => set.Any(w => t.Contains(w, StringComparison.OrdinalIgnoreCase)));
                output.WriteLine($"{100.0 * present / sample.Length,5:F1}% {string.Join("|", set)[..Math.Min(100, string.Join("|", set).Length)]}");
            }

            foreach (var rule in rules)
            {
                for (var p = 0; p < rule.PatternLiterals.Count; p++)
                {
                    var sets = rule.PatternLiterals[p].Select(set => "{" + string.Join("|", set) + "}");
                    output.WriteLine($"{rule.Definition.Id} {p}: {string.Join(" & ", sets)}");
                }
            }
        }

        var bestWall = TimeSpan.MaxValue;
        var bestCpu = TimeSpan.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            _ = SignalDetector.Default.Detect(sentences);
            bestWall = Min(bestWall, watch.Elapsed);
            bestCpu = Min(bestCpu, Process.GetCurrentProcess().TotalProcessorTime - cpu);
        }

        var claims = new ClaimedModelReader(SignalCatalogue.Default);
        var bestClaims = TimeSpan.MaxValue;
        ClaimedModel? claim = null;
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            claim = claims.Read(sentences);
            bestClaims = Min(bestClaims, watch.Elapsed);
        }

        output.WriteLine($"{file}: {sentences.Length} sentences");
        output.WriteLine($"claims   {bestClaims.TotalMilliseconds,8:F0} ms (claimed model: {claim?.Model.ToString() ?? "none"}, {claim?.Evidence?.Line})");
        output.WriteLine($"detect   {bestWall.TotalMilliseconds,8:F0} ms wall {bestCpu.TotalMilliseconds,8:F0} ms CPU (best of 5, {Environment.ProcessorCount} cores)");

        var best = new TimeSpan[6];
        Array.Fill(best, TimeSpan.MaxValue);
        var found = new ulong[index.SetWords];
        var counts = new int[4];
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            var texts = sentences.Where(s => ClauseFilter.ShapeOf(s) == ClauseShape.Text).Select(s => s.Text).ToArray();
            best[0] = Min(best[0], watch.Elapsed);

            watch.Restart();
            var candidates = texts.Select(t => index.Scan(t, found)).ToArray();
            best[1] = Min(best[1], watch.Elapsed);

            watch.Restart();
            counts[0] = counts[1] = 0;
            for (var i = 0; i < texts.Length; i++)
            {
                index.Scan(texts[i], found);
                for (var c = candidates[i]; c != 0; c &= c - 1)
                {
                    var r = BitOperations.TrailingZeroCount(c);
                    counts[0] += rules[r].CuesFire(texts[i], compiled: true, index.Gate(r, found)) ? 1 : 0;
                }
            }

            best[2] = Min(best[2], watch.Elapsed - best[1]);

            watch.Restart();
            counts[2] = 0;
            foreach (var t in texts)
            {
                foreach (var rule in rules)
                {
                    counts[2] += t.AsSpan().IndexOfAny(rule.Keywords) >= 0
                        && (rule.Requires is null || t.AsSpan().IndexOfAny(rule.Requires) >= 0) ? 1 : 0;
                }
            }

            best[3] = Min(best[3], watch.Elapsed);

            watch.Restart();
            counts[3] = 0;
            for (var i = 0; i < texts.Length; i++)
            {
                for (var c = candidates[i]; c != 0; c &= c - 1)
                {
                    counts[3] += rules[BitOperations.TrailingZeroCount(c)].CuesFire(texts[i], compiled: true, PatternGate.Open) ? 1 : 0;
                }
            }

            best[4] = Min(best[4], watch.Elapsed);
            counts[1] = candidates.Sum(c => BitOperations.PopCount(c));
        }

        if (literals)
        {
            // Each pattern's time on the sentences where the index lets it run (all of them, not only until one fires).
            var texts = sentences.Where(s => ClauseFilter.ShapeOf(s) == ClauseShape.Text).Select(s => s.Text).ToArray();
            var costs = new List<(double Ms, int Runs, int Hits, string Id, string Pattern)>();
            var perPattern = new Dictionary<(int, int), (Stopwatch Watch, int Runs, int Hits)>();
            foreach (var t in texts)
            {
                for (var c = index.Scan(t, found); c != 0; c &= c - 1)
                {
                    var r = BitOperations.TrailingZeroCount(c);
                    var gate = index.Gate(r, found);
                    var patterns = rules[r].Cues.Concat(rules[r].NegatedCues).Concat(rules[r].Excludes).ToArray();
                    for (var p = 0; p < patterns.Length; p++)
                    {
                        if (!gate.MayMatch(p))
                        {
                            continue;
                        }

                        SignalPatterns.TryGet(patterns[p], out var regex);
                        var entry = perPattern.TryGetValue((r, p), out var e) ? e : (Watch: new Stopwatch(), Runs: 0, Hits: 0);
                        entry.Watch.Start();
                        var hit = regex!.IsMatch(t);
                        entry.Watch.Stop();
                        perPattern[(r, p)] = (entry.Watch, entry.Runs + 1, entry.Hits + (hit ? 1 : 0));
                    }
                }
            }

            foreach (var ((r, p), e) in perPattern.OrderByDescending(kv => kv.Value.Watch.Elapsed).Take(20))
            {
                var pattern = rules[r].Cues.Concat(rules[r].NegatedCues).Concat(rules[r].Excludes).ElementAt(p);
                output.WriteLine($"{e.Watch.Elapsed.TotalMilliseconds,7:F1} ms {e.Runs,6} runs {e.Hits,5} hits {rules[r].Definition.Id} {p}: {pattern[..Math.Min(150, pattern.Length)]}");
            }
        }

        output.WriteLine($"One thread, best of 3 ({counts[1]} rules past the keywords, {counts[0]} fired):");
        output.WriteLine($"shapes   {best[0].TotalMilliseconds,8:F0} ms (clause filter's per-sentence regexes)");
        output.WriteLine($"scan     {best[1].TotalMilliseconds,8:F0} ms (keywords and pattern literals, one pass)");
        output.WriteLine($"cues     {best[2].TotalMilliseconds,8:F0} ms (regexes whose literals are present)");
        output.WriteLine($"was: per-rule keywords {best[3].TotalMilliseconds,8:F0} ms ({counts[2]} passes); ungated cues {best[4].TotalMilliseconds,8:F0} ms ({counts[3]} fired)");
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
