using System.Collections.Concurrent;
using System.Text.Json;
using Sourcewise.Documents.Contracts;

namespace Sourcewise.Train;

/// <summary>One JSON line per development document and per edited variant: the expected and acceptable answers,
/// the signals found (with the ancillary flag) and the check's answer, for trying decision procedures offline.</summary>
internal static class SignalDump
{
    public static int Run(TextWriter output)
    {
        var corpus = Corpus.Locate();
        var items = new List<(string Path, string File, string Expected, string[] Acceptable, string? Claimed)>();
        foreach (var row in corpus.Manifest.Where(r => corpus.Splits.GetValueOrDefault(r["path"]) == "dev"))
        {
            items.Add((row["path"], Path.Combine(corpus.Root, row["path"]), SplitEvaluation.Expected(row), [.. SplitEvaluation.Acceptable(row)], null));
        }

        var variants = Path.Combine(corpus.Repository, "tests", "Sourcewise.Cli.Tests", "Data", "variants");
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(variants, "manifest.json"))))
        {
            foreach (var v in manifest.RootElement.EnumerateArray())
            {
                var file = v.GetProperty("file").GetString()!;
                var expected = v.GetProperty("expectedActual").GetString()!;
                items.Add(("variant:" + file, Path.Combine(variants, file), expected, [expected], v.GetProperty("claimedOption").GetString()));
            }
        }

        var lines = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = 2 }, item =>
        {
            var text = ContractReader.ReadFileAsync(item.File).GetAwaiter().GetResult();
            if (!text.Success)
            {
                return;
            }

            var check = Data.Checker.Check(text.Value, EngagementModels.TryParse(item.Claimed, out var claimed) ? claimed : null);
            lines[item.Path] = JsonSerializer.Serialize(new
            {
                path = item.Path,
                expected = item.Expected,
                acceptable = item.Acceptable,
                answer = check.Classification.ActualModelId,
                reason = check.Classification.Reason,
                findings = check.Findings.Select(f => f.Id).Distinct().ToArray(),
                signals = check.Signals.Select(s => new { id = s.Id, ancillary = s.Ancillary, n = s.Occurrences }).ToArray(),
            });
        });
        foreach (var item in items)
        {
            if (lines.TryGetValue(item.Path, out var line))
            {
                output.WriteLine(line);
            }
        }

        return 0;
    }
}
