using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Sourcewise.Assessments;
using Sourcewise.Documents.Portfolios;
using Sourcewise.Profiles;
using Sourcewise.Reports.Json;
using Sourcewise.Reports.Portfolio;

namespace Sourcewise.Benchmarks.Portfolio;

/// <summary>Measures the CPU time of each stage of a portfolio run on one thread (CPU time, not wall time, so a busy
/// shared machine still gives a fair split): reading the CSV, assessing, and writing the assessment JSON.</summary>
internal static class StageProfiler
{
    public static void Run(string path, TextWriter output)
    {
        var engine = AssessmentEngine.Default;
        var profiles = new List<WorkProfile>();
        var cpu = Stopwatch.StartNew();
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        TimeSpan Lap()
        {
            var now = Process.GetCurrentProcess().TotalProcessorTime;
            var lap = now - before;
            before = now;
            return lap;
        }

        using (var source = PortfolioReader.OpenFileAsync(path).GetAwaiter().GetResult().GetValueOrThrow())
        {
            foreach (var row in source.ReadRows())
            {
                if (row.Profile is { } p)
                {
                    profiles.Add(p);
                }
            }
        }

        Report(output, "read + parse CSV", profiles.Count, Lap());

        // Warm up the engine and the writer (JIT) on a slice, then measure.
        var assessments = new Assessment[profiles.Count];
        for (var i = 0; i < Math.Min(2_000, profiles.Count); i++)
        {
            engine.Assess(profiles[i]);
        }

        Lap();
        for (var i = 0; i < profiles.Count; i++)
        {
            assessments[i] = engine.Assess(profiles[i]);
        }

        Report(output, "assess (engine, with tipping points)", profiles.Count, Lap());

        WriteAll(output, "write assessment JSON (AssessmentJson)", assessments, AssessmentJson.Write, Lap);
        GC.KeepAlive(cpu);
    }

    private static void WriteAll(TextWriter output, string stage, Assessment[] assessments,
        Action<Utf8JsonWriter, Assessment> write, Func<TimeSpan> lap)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        long bytes = 0;
        using (var writer = new Utf8JsonWriter(buffer, PortfolioJson.WriterOptions))
        {
            for (var i = 0; i < assessments.Length; i++)
            {
                write(writer, assessments[i]);
                writer.Flush();
                writer.Reset();
                bytes += buffer.WrittenCount;
                buffer.ResetWrittenCount();
            }
        }

        Report(output, $"{stage} ({bytes / Math.Max(1, assessments.Length):N0} B/row)", assessments.Length, lap());
    }

    private static void Report(TextWriter output, string stage, int rows, TimeSpan cpu) =>
        output.WriteLine($"{stage,-52} {cpu.TotalMilliseconds,8:N0} ms CPU  {rows / Math.Max(1e-9, cpu.TotalSeconds),12:N0} rows/s per core");
}
