using System.Diagnostics;
using Sourcewise.Contracts;
using Sourcewise.Documents.Contracts;
using Sourcewise.Reports.Checks;
using Sourcewise.Signals;

namespace Sourcewise.Benchmarks;

/// <summary>Splits one <c>check</c> run's wall time between reading, splitting, detecting, judging and writing JSON.</summary>
internal static class CheckStageProfiler
{
    public static void Run(string file, TextWriter output)
    {
        // Warm up (JIT, regex construction) on the same file, then time a second run.
        Once(file, output);
        Once(file, output);
    }

    private static void Once(string file, TextWriter? output)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var text = ContractReader.ReadFileAsync(file).GetAwaiter().GetResult().Value!;
        var readTime = watch.Elapsed;
        var sentences = ContractSentences.Split(text);
        var split = watch.Elapsed;
        var filter = new ClauseFilter();
        var clauses = sentences.Count(filter.IsClause);
        var filtered = watch.Elapsed;
        var signals = SignalDetector.Default.Detect(sentences);
        var detect = watch.Elapsed;
        var check = ContractChecker.Default.Check(text);
        var all = watch.Elapsed;
        var json = CheckJsonWriter.Write(check);
        var write = watch.Elapsed;
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        if (output is null)
        {
            return;
        }

        var mb = new FileInfo(file).Length / 1e6;
        output.WriteLine($"{file}: {mb:F1} MB, {sentences.Length} sentences, {signals.Length} signals, {json.Length} chars of JSON");
        output.WriteLine($"read   {readTime.TotalMilliseconds,8:F0} ms");
        output.WriteLine($"split  {(split - readTime).TotalMilliseconds,8:F0} ms");
        output.WriteLine($"filter {(filtered - split).TotalMilliseconds,8:F0} ms ({clauses} clauses; the detector's first, sequential pass)");
        output.WriteLine($"detect {(detect - filtered).TotalMilliseconds,8:F0} ms (filter again + cue regexes in parallel)");
        output.WriteLine($"check  {(all - detect).TotalMilliseconds,8:F0} ms (split + detect + claims + judge again)");
        output.WriteLine($"write  {(write - all).TotalMilliseconds,8:F0} ms");
        output.WriteLine($"cpu    {cpuUsed.TotalMilliseconds,8:F0} ms");
    }
}
