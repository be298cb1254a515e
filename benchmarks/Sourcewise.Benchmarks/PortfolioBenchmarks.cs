using System.Text;
using BenchmarkDotNet.Attributes;
using Sourcewise.Application.Assess;
using Sourcewise.Application.Portfolios;
using Sourcewise.Benchmarks.Portfolio;
using Sourcewise.Documents.Portfolios;

namespace Sourcewise.Benchmarks;

/// <summary>The portfolio run on a synthetic 100,000-workstream CSV: reading alone, the pipeline with a stand-in
/// engine (reading + parallel rendering + ordered writing), and the whole run with the real engine, JSON out.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- --filter '*Portfolio*'</c>.
/// Rows per second = 100,000 / mean time.</remarks>
[ShortRunJob]
[MemoryDiagnoser]
public class PortfolioBenchmarks
{
    private const int Rows = 100_000;
    private byte[] _csv = [];

    [GlobalSetup]
    public void Setup() => _csv = Encoding.UTF8.GetBytes(PortfolioGenerator.Csv(Rows));

    [Benchmark]
    public int TokenizeCsv100k()
    {
        using var reader = new StreamReader(new MemoryStream(_csv, writable: false));
        var csv = new CsvRecordReader(reader);
        var fields = 0;
        while (csv.Read() == CsvReadStatus.Record)
        {
            fields += csv.FieldCount;
        }

        return fields;
    }

    [Benchmark]
    public int ReadCsv100k()
    {
        using var source = Open();
        var count = 0;
        foreach (var row in source.ReadRows())
        {
            count += row.Success ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public int PipelineWithStandInEngine100kToJson() => Run(new FakeAssessor());

    [Benchmark]
    public int Portfolio100kCsvToJson() => Run(AssessWorkstream.Default);

    private int Run(IWorkstreamAssessor assessor)
    {
        using var source = Open();
        var outcome = new AssessPortfolio(assessor).Run(source, new JsonPortfolioSink(Stream.Null));
        return outcome.Value!.Summary.Assessed;
    }

    private PortfolioSource Open() =>
        PortfolioReader.Open(new MemoryStream(_csv, writable: false), "bench.csv", "csv").GetValueOrThrow();
}
