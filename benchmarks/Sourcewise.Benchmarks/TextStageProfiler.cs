using System.Diagnostics;
using System.Text;
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
        for (var round = 0; round < 3; round++)
        {
            Once(file, round == 2 ? output : null);
        }
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
        var text = PlainTextContractReader.Read(decoded, file, CancellationToken.None);
        Mark("PlainTextContractReader.Read");
        _ = text.CharacterCount;
        Mark("CharacterCount");
        var vocabulary = Hyphenation.Vocabulary(text.Lines.Select(l => l.Text));
        Mark($"Vocabulary ({vocabulary.Count} words)");
        var sentences = ContractSentences.Split(text);
        Mark("ContractSentences.Split");
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
