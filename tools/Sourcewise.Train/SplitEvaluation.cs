using System.Collections.Concurrent;
using System.Globalization;
using Sourcewise.Documents.Contracts;
using Sourcewise.Signals;

namespace Sourcewise.Train;

/// <summary>Runs the check on one split of the corpus and scores it: the model against the manifest (strict: the
/// expected model, <c>out-of-scope</c> read as <c>not-an-engagement</c>; lenient: any acceptable model, and
/// <c>undetermined</c> for out-of-scope documents), each signal against <c>eval/signal-labels.csv</c>, and
/// <c>ip-assigned-to-client</c> and <c>termination-assistance</c> against CUAD's clause labels. Lists the errors of
/// the development split only; the blind split prints totals.</summary>
internal static class SplitEvaluation
{
    private static readonly (string Signal, string Column)[] CuadColumns =
    [
        ("ip-assigned-to-client", "Ip Ownership Assignment-Answer"),
        ("termination-assistance", "Post-Termination Services-Answer"),
    ];

    public static int Run(string split, bool details, TextWriter output)
    {
        if (split is not ("dev" or "blind"))
        {
            output.WriteLine("split must be dev or blind");
            return 2;
        }

        if (split == "blind" && details)
        {
            output.WriteLine("the blind split is reported as totals only");
            return 2;
        }

        var corpus = Corpus.Locate();
        var rows = corpus.Manifest.Where(r => corpus.Splits.GetValueOrDefault(r["path"]) == split).ToList();
        var checks = new ConcurrentDictionary<string, ContractCheck>(StringComparer.Ordinal);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        Parallel.ForEach(rows, new ParallelOptions { MaxDegreeOfParallelism = 2 }, row =>
        {
            var text = ContractReader.ReadFileAsync(Path.Combine(corpus.Root, row["path"])).GetAwaiter().GetResult();
            if (text.Success)
            {
                checks[row["path"]] = Data.Checker.Check(text.Value);
            }
        });
        stopwatch.Stop();

        var strict = 0;
        var lenient = 0;
        var confusion = new Dictionary<(string Expected, string Actual), int>();
        var errors = new List<string>();
        foreach (var row in rows)
        {
            if (!checks.TryGetValue(row["path"], out var check))
            {
                errors.Add($"UNREADABLE {row["path"]}");
                continue;
            }

            var expected = Expected(row);
            var acceptable = Acceptable(row);
            var actual = check.Classification.ActualModelId;
            strict += actual == expected ? 1 : 0;
            lenient += acceptable.Contains(actual) ? 1 : 0;
            confusion[(expected, actual)] = confusion.GetValueOrDefault((expected, actual)) + 1;
            if (actual != expected)
            {
                errors.Add($"{(acceptable.Contains(actual) ? "ok~" : "NO ")} {actual,-20} expected {expected,-20} {row["path"]}  ({check.Classification.Reason})");
            }
        }

        var n = checks.Count;
        output.WriteLine($"{split}: {n} documents in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine($"model, strict (expected model; out-of-scope = not-an-engagement): {strict}/{n} = {Pct(strict, n)}");
        output.WriteLine($"model, lenient (any acceptable model; out-of-scope also undetermined): {lenient}/{n} = {Pct(lenient, n)}");
        var engagements = rows.Where(r => r["expected_model"] != "out-of-scope" && checks.ContainsKey(r["path"])).ToList();
        var named = engagements.Count(r => checks[r["path"]].Classification.ActualModelId == Expected(r));
        output.WriteLine($"model on engagements (out-of-scope left out), strict: {named}/{engagements.Count} = {Pct(named, engagements.Count)}");
        string[] models = ["staff-augmentation", "project-outsourcing", "managed-services", "undetermined", "not-an-engagement"];
        foreach (var m in models)
        {
            var tp = confusion.GetValueOrDefault((m, m));
            var predicted = confusion.Where(p => p.Key.Actual == m).Sum(p => p.Value);
            var labelled = confusion.Where(p => p.Key.Expected == m).Sum(p => p.Value);
            output.WriteLine($"  {m,-20} precision {Ratio(tp, predicted),-14} recall {Ratio(tp, labelled)}");
        }

        // Signal labels.
        var disagreements = new List<string>();
        var perSignal = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var label in corpus.SignalLabels.Where(l => corpus.Splits.GetValueOrDefault(l["path"]) == split))
        {
            if (label["label"] == "uncertain" || !checks.TryGetValue(label["path"], out var check))
            {
                continue;
            }

            var counts = perSignal.TryGetValue(label["signal"], out var c) ? c : perSignal[label["signal"]] = new int[3];
            var found = check.Signals.FirstOrDefault(s => s.Id == label["signal"]);
            var gold = label["label"] == "present";
            if (found is not null && gold)
            {
                counts[0]++;
            }
            else if (found is not null)
            {
                counts[1]++;
                disagreements.Add($"FP {label["signal"]} {label["path"]}: \"{Clip(found.Evidence[0].Text)}\" [{found.Evidence[0].Why}]");
            }
            else if (gold)
            {
                counts[2]++;
                disagreements.Add($"FN {label["signal"]} {label["path"]} {label["line"]}: \"{Clip(label["evidence"])}\"");
            }
        }

        output.WriteLine("signals against eval/signal-labels.csv (document level):");
        int tpAll = 0, fpAll = 0, fnAll = 0;
        foreach (var (signal, c) in perSignal)
        {
            output.WriteLine($"  {signal,-30} precision {Ratio(c[0], c[0] + c[1]),-14} recall {Ratio(c[0], c[0] + c[2])}");
            (tpAll, fpAll, fnAll) = (tpAll + c[0], fpAll + c[1], fnAll + c[2]);
        }

        output.WriteLine($"  {"all (micro)",-30} precision {Ratio(tpAll, tpAll + fpAll),-14} recall {Ratio(tpAll, tpAll + fnAll)}");

        foreach (var (signal, column) in CuadColumns)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var row in rows.Where(r => r["path"].StartsWith("cuad/", StringComparison.Ordinal)))
            {
                if (!checks.TryGetValue(row["path"], out var check) || !corpus.Cuad.TryGetValue(Corpus.Key(Path.GetFileName(row["path"])), out var cuad))
                {
                    continue;
                }

                var gold = cuad[column] is var v && !string.IsNullOrWhiteSpace(v) && !v.Trim().Equals("No", StringComparison.OrdinalIgnoreCase);
                var found = check.Signals.FirstOrDefault(s => s.Id == signal);
                if (found is not null && gold)
                {
                    tp++;
                }
                else if (found is not null)
                {
                    fp++;
                    disagreements.Add($"CUAD-FP {signal} {row["path"]}: \"{Clip(found.Evidence[0].Text)}\" [{found.Evidence[0].Why}]");
                }
                else if (gold)
                {
                    fn++;
                    disagreements.Add($"CUAD-FN {signal} {row["path"]}: CUAD: \"{Clip(cuad[column.Replace("-Answer", string.Empty, StringComparison.Ordinal)])}\"");
                }
            }

            output.WriteLine($"CUAD {signal,-25} precision {Ratio(tp, tp + fp),-14} recall {Ratio(tp, tp + fn)}");
        }

        if (details)
        {
            output.WriteLine();
            foreach (var e in errors.Order(StringComparer.Ordinal))
            {
                output.WriteLine(e);
            }

            output.WriteLine();
            foreach (var d in disagreements)
            {
                output.WriteLine(d);
            }
        }

        return 0;
    }

    public static string Expected(Dictionary<string, string> row) =>
        row["expected_model"] == "out-of-scope" ? "not-an-engagement" : row["expected_model"];

    public static HashSet<string> Acceptable(Dictionary<string, string> row)
    {
        if (row["expected_model"] == "out-of-scope")
        {
            return ["not-an-engagement", "undetermined"];
        }

        var list = row["acceptable_models"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        list.Add(row["expected_model"]);
        return list;
    }

    private static string Clip(string text) => text.Length <= 220 ? text : text[..220] + "…";

    private static string Pct(int a, int b) => b == 0 ? "–" : (100.0 * a / b).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Ratio(int a, int b) => b == 0 ? "– (0/0)" : $"{(double)a / b:0.00} ({a}/{b})";
}
