using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Sourcewise.Assessments;
using Sourcewise.Profiles;
using Sourcewise.Reports.Json;

namespace Sourcewise.Benchmarks;

/// <summary>One assessment (scores, contributions, every tipping point, mistakes, unknowns), alone and with its JSON.
/// Run: dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- --filter '*AssessmentBenchmarks*'</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private const int ProfileCount = 1024;
    private readonly AssessmentEngine _engine = AssessmentEngine.Default;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private WorkProfile[] _profiles = [];
    private WorkProfile _example = null!;
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Random but fixed profiles: each field unknown about one time in five.
        var random = new Random(42);
        _profiles = new WorkProfile[ProfileCount];
        for (var i = 0; i < ProfileCount; i++)
        {
            var profile = WorkProfile.Empty($"Workstream {i}");
            foreach (var field in ProfileFields.Answerable)
            {
                if (random.Next(5) == 0)
                {
                    continue;
                }

                var code = field.Kind == ProfileFieldKind.Integer ? random.Next(0, 37) : random.Next(field.Values.Length);
                profile = profile.With(field, code);
            }

            _profiles[i] = profile;
        }

        var builder = new WorkProfileBuilder();
        foreach (var (key, value) in new[]
        {
            ("name", "Two-sided marketplace core"), ("stage", "seed"), ("workType", "product"), ("differentiating", "true"),
            ("requirementVolatility", "high"), ("scopeClarity", "low"), ("leadershipBandwidth", "medium"),
            ("ipSensitivity", "high"), ("knowledgeRetention", "high"), ("durationMonths", "9"), ("scalingUrgency", "high"),
            ("costPriority", "balanced"), ("nextSprintPlanned", "true"), ("skillGap", "false"), ("considering", "project-outsourcing"),
        })
        {
            builder.Set(key, value);
        }

        _example = builder.Build().GetValueOrThrow();
        _writer = new Utf8JsonWriter(_buffer);
    }

    [Benchmark(Description = "Assess one example profile")]
    public Assessment AssessExample() => _engine.Assess(_example);

    [Benchmark(Description = "Assess 1024 random profiles", OperationsPerInvoke = ProfileCount)]
    public int AssessRandom()
    {
        var tipping = 0;
        foreach (var profile in _profiles)
        {
            tipping += _engine.Assess(profile).TippingPoints.Length;
        }

        return tipping;
    }

    [Benchmark(Description = "Assess + write JSON, 1024 random profiles", OperationsPerInvoke = ProfileCount)]
    public long AssessAndWriteJson()
    {
        long bytes = 0;
        foreach (var profile in _profiles)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            AssessmentJson.Write(_writer, _engine.Assess(profile));
            _writer.Flush();
            bytes += _buffer.WrittenCount;
        }

        return bytes;
    }
}
