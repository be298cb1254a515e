using System.Diagnostics;
using Sourcewise.Contracts;
using Sourcewise.Documents.Contracts;
using Sourcewise.Documents.Contracts.Text;

namespace Sourcewise.Benchmarks;

/// <summary>Splits reading a plain-text contract and splitting it into sentences into their stages (decode, line
/// enumeration, cleaning, classifying, vocabulary, sentence splitting), each timed on its own after a warm-up.</summary>
internal static class TextStageProfiler
{
    public static void Run(string file, TextWriter output)
    {
        // The first round is cold (as in a whole run of a ReadyToRun publish), the last one warm.
        for (var round = 0; round < 3; round++)
        {
            output.WriteLine(round == 0 ? "cold:" : $"warm {round}:");
            Once(file, output);
        }
    }

    /// <summary>One cold read and split, as in a whole run: wall and CPU time of each.</summary>
    /// <param name="file">A plain-text contract.</param>
    /// <param name="output">Where the figures go.</param>
    /// <param name="serial">Reads and splits on one thread (no chunks), to see what the chunks gain.</param>
    /// <param name="serialSplit">Reads in chunks but splits into sentences on one thread.</param>
    public static void Cold(string file, TextWriter output, bool serial = false, bool serialSplit = false)
    {
        var watch = Stopwatch.StartNew();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        // Both ways read the bytes and decode them the same way, so the only difference is the chunks.
        var chunk = serial ? int.MaxValue : PlainTextContractReader.ChunkCharacters;
        var text = PlainTextContractReader.Read(ContractTextDecoder.Decode(File.ReadAllBytes(file), file).Value!, file, chunk, CancellationToken.None);
        var readWall = watch.Elapsed;
        process.Refresh();
        var readCpu = process.TotalProcessorTime - cpu;
        var readJit = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        var sentences = serial || serialSplit ? ContractSentences.Split(text, int.MaxValue, CancellationToken.None) : ContractSentences.Split(text);
        var splitWall = watch.Elapsed - readWall;
        process.Refresh();
        var splitCpu = process.TotalProcessorTime - cpu - readCpu;
        output.WriteLine($"read {readWall.TotalMilliseconds:F0} ms (CPU {readCpu.TotalMilliseconds:F0} ms), split {splitWall.TotalMilliseconds:F0} ms (CPU {splitCpu.TotalMilliseconds:F0} ms), {sentences.Length} sentences, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} GCs (gen0/1/2), pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
        output.WriteLine($"JIT: {readJit.Item1} methods ({readJit.Item2.TotalMilliseconds:F0} ms) by the end of read, {System.Runtime.JitInfo.GetCompiledMethodCount()} ({System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms) by the end of split");
    }

    private static void Once(string file, TextWriter? output)
    {
        var watch = Stopwatch.StartNew();
        var stages = new List<(string Name, TimeSpan Time, TimeSpan Cpu, TimeSpan Pause, int Gcs)>();
        var pause = GC.GetTotalPauseDuration();
        var gcs = GC.CollectionCount(0);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        void Mark(string name)
        {
            var cpuNow = Process.GetCurrentProcess().TotalProcessorTime;
            stages.Add((name, watch.Elapsed, cpuNow - cpu, GC.GetTotalPauseDuration() - pause, GC.CollectionCount(0) - gcs));
            pause = GC.GetTotalPauseDuration();
            gcs = GC.CollectionCount(0);
            cpu = cpuNow;
            watch.Restart();
        }

        var bytes = File.ReadAllBytes(file);
        Mark("read bytes");
        _ = bytes.AsSpan().IndexOfAnyExcept(" \t\r\n\0"u8);
        Mark("empty-bytes check");
        var decoded = ContractTextDecoder.Decode(bytes, file).Value!;
        Mark("decode");
        var count = 0;
        foreach (var _ in SourceLines.Enumerate(decoded))
        {
            count++;
        }

        Mark("enumerate lines");
        var nonBlank = 0;
        foreach (var range in SourceLines.Enumerate(decoded))
        {
            if (!decoded.AsSpan(range.Start, range.Length).IsWhiteSpace())
            {
                nonBlank++;
            }
        }

        Mark("IsWhiteSpace");
        var copies = new List<string>();
        foreach (var range in SourceLines.Enumerate(decoded))
        {
            copies.Add(decoded.Substring(range.Start, range.Length));
        }

        Mark("Substring");
        copies.Clear();
        var odd = System.Buffers.SearchValues.Create(
            "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
            + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
            + "\u00A0\u00AD\u200B\u200C\u200D\uFEFF\u2028\u2029\u202F\u2007\u2009\u3000");
        Mark("SearchValues.Create");
        var needWork = 0;
        foreach (var range in SourceLines.Enumerate(decoded))
        {
            var span = decoded.AsSpan(range.Start, range.Length).Trim();
            if (span.IndexOfAny(odd) >= 0)
            {
                needWork++;
            }
        }

        Mark($"Trim+IndexOfAny(odd) ({needWork} lines)");
        needWork = 0;
        foreach (var range in SourceLines.Enumerate(decoded))
        {
            var span = decoded.AsSpan(range.Start, range.Length).Trim();
            if (span.IndexOf("  ", StringComparison.Ordinal) >= 0)
            {
                needWork++;
            }
        }

        Mark($"Trim+IndexOf(two spaces) ({needWork} lines)");
        var cleaned = new List<string>();
        foreach (var range in SourceLines.Enumerate(decoded))
        {
            var line = decoded.AsSpan(range.Start, range.Length);
            if (!line.IsWhiteSpace())
            {
                cleaned.Add(ContractLinesBuilder.Clean(line));
            }
        }

        Mark("whitespace+Clean");
        string? previous = null;
        foreach (var clean in cleaned)
        {
            var kind = LineKinds.ClassifyInFlow(clean, previous);
            previous = kind is ContractLineKind.Body or ContractLineKind.Clause ? clean : null;
        }

        Mark("ClassifyInFlow");
        var numbered = 0;
        foreach (var clean in cleaned)
        {
            numbered += LineKinds.StartsWithClauseNumber(clean) ? 1 : 0;
        }

        Mark($"StartsWithClauseNumber ({numbered})");
        var capitals = 0;
        foreach (var clean in cleaned)
        {
            capitals += LineKinds.IsCapitalsHeading(clean) ? 1 : 0;
        }

        Mark($"IsCapitalsHeading ({capitals})");
        var text = PlainTextContractReader.Read(decoded, file, CancellationToken.None);
        Mark("PlainTextContractReader.Read");
        _ = text.CharacterCount;
        Mark("CharacterCount");
        var vocabulary = Hyphenation.Vocabulary(text.Lines.Select(l => l.Text));
        Mark($"Vocabulary ({vocabulary.Count} words)");
        var sentences = ContractSentences.Split(text);
        Mark("ContractSentences.Split");
        var whole = ContractReader.ReadFileAsync(file).GetAwaiter().GetResult().Value!;
        Mark("ContractReader.ReadFileAsync");
        _ = ContractSentences.Split(whole);
        Mark("ContractSentences.Split again");
        GC.Collect();
        Mark("(collect)");
        var noGc = Environment.GetEnvironmentVariable("PROFILE_NOGC") is { } size && GC.TryStartNoGCRegion(long.Parse(size, System.Globalization.CultureInfo.InvariantCulture));
        Mark($"no-GC region: {noGc}");
        whole = ContractReader.ReadFileAsync(file).GetAwaiter().GetResult().Value!;
        Mark("ContractReader.ReadFileAsync (no-GC region)");
        _ = ContractSentences.Split(whole);
        Mark("ContractSentences.Split (no-GC region)");
        if (noGc && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }
        if (output is null)
        {
            return;
        }

        output.WriteLine($"{file}: {bytes.Length / 1e6:F1} MB, {count} source lines, {text.Lines.Length} lines, {sentences.Length} sentences");
        foreach (var (name, time, cpuTime, gcPause, collections) in stages)
        {
            output.WriteLine($"{time.TotalMilliseconds,8:F1} ms  (CPU {cpuTime.TotalMilliseconds,6:F0} ms, GC {gcPause.TotalMilliseconds,6:F1} ms, {collections,3} GCs)  {name}");
        }
    }
}
