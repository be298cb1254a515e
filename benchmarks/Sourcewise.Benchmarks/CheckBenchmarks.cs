using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Sourcewise.Contracts;
using Sourcewise.Documents.Contracts;
using Sourcewise.Signals;

namespace Sourcewise.Benchmarks;

/// <summary>Proposal-check throughput on about 20 MB (22.8 MB with whole files) of real contract text (the CUAD contracts of
/// <c>shared/corpus</c>, repeated): the detector alone over sentences already split, and the whole check end to end
/// (read the bytes, split sentences, detect, classify, judge).</summary>
/// <remarks>Run: <c>dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- --filter '*CheckBenchmarks*' --job short</c>.</remarks>
[ShortRunJob]
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private byte[] _bytes = [];
    private ContractText _text = null!;
    private ImmutableArray<ContractSentence> _sentences;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = FindCorpus() ?? throw new InvalidOperationException("shared/corpus not found above the working directory");
        var parts = Directory.GetFiles(Path.Combine(corpus, "cuad", "full_contract_txt"), "*.txt").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).ToList();
        var sb = new StringBuilder();
        while (sb.Length < 20_000_000)
        {
            foreach (var part in parts)
            {
                sb.Append(part).Append("\n\n");
            }
        }

        _bytes = Encoding.UTF8.GetBytes(sb.ToString());
        using var stream = new MemoryStream(_bytes, writable: false);
        _text = ContractReader.ReadStreamAsync(stream, "contracts.txt").GetAwaiter().GetResult().GetValueOrThrow();
        _sentences = ContractSentences.Split(_text);
        _ = ContractChecker.Default.Check(_text); // warm the lexicon's word cache
        Console.WriteLine($"// {_bytes.Length / 1e6:0.0} MB, {_text.CharacterCount / 1e6:0.0} M characters, {_sentences.Length} sentences");
    }

    /// <summary>The signal detector over sentences already split.</summary>
    [Benchmark]
    public int Detect20MB() => SignalDetector.Default.Detect(_sentences).Length;

    /// <summary>Sentence splitting plus detection, classification and findings, from lines already read.</summary>
    [Benchmark]
    public int Check20MBFromLines() => ContractChecker.Default.Check(_text).Findings.Length;

    /// <summary>End to end from the file's bytes: read, split, detect, classify, judge.</summary>
    [Benchmark]
    public int Check20MBEndToEnd()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        var text = ContractReader.ReadStreamAsync(stream, "contracts.txt").GetAwaiter().GetResult().GetValueOrThrow();
        return ContractChecker.Default.Check(text).Findings.Length;
    }

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
