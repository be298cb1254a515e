using System.Diagnostics;
using Sourcewise.Contracts;
using Sourcewise.Documents.Contracts;
using Sourcewise.Signals;
using Sourcewise.Signals.Reading;

namespace Sourcewise.Benchmarks;

/// <summary>Times <see cref="SignalDetector.Detect(IReadOnlyList{ContractSentence}, CancellationToken)"/> (wall and
/// CPU, best of several runs) and splits its work on one thread between the stages of the reading layer: party
/// resolution, reading sentences (tokens, lexicon, parties, clauses, scope) and matching the frames.</summary>
internal static class DetectProbe
{
    public static void Run(string file, TextWriter output)
    {
        var text = ContractReader.ReadFileAsync(file).GetAwaiter().GetResult().Value!;
        var sentences = ContractSentences.Split(text);
        var detector = SignalDetector.Default;
        var catalogue = detector.Catalogue;
        output.WriteLine($"{text.CharacterCount / 1e6:0.0} M characters, {sentences.Length} sentences");

        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            _ = detector.Detect(sentences);
            best = Math.Min(best, wall.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        }

        output.WriteLine($"detect: best {best:0.000} s wall, {bestCpu:0.000} s CPU, {text.CharacterCount / 1e6 / best:0.0} M characters/s");

        // One thread, stage by stage.
        var clock = Stopwatch.StartNew();
        var parties = PartyTable.Resolve(sentences, catalogue.Lexicon);
        var partiesTime = clock.Elapsed.TotalSeconds;
        var reader = new SentenceReader(catalogue.Lexicon);
        clock.Restart();
        foreach (var sentence in sentences)
        {
            reader.Read(sentence.Text, sentence.Kind, parties);
        }

        var readTime = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var matches = 0;
        foreach (var sentence in sentences)
        {
            reader.Read(sentence.Text, sentence.Kind, parties);
            foreach (var signal in catalogue.Frames)
            {
                foreach (var frame in signal.Frames)
                {
                    if (!reader.Concepts.Overlaps(frame.Needed))
                    {
                        continue;
                    }

                    for (var t = 0; t < reader.Count; t++)
                    {
                        if (reader[t].Concepts.Overlaps(frame.Action) && frame.Matches(reader, t))
                        {
                            matches++;
                            break;
                        }
                    }
                }
            }
        }

        var matchTime = clock.Elapsed.TotalSeconds - readTime;
        output.WriteLine($"one thread: parties {partiesTime:0.000} s, reading {readTime:0.000} s, frames {matchTime:0.000} s ({matches} frame matches)");
    }
}
