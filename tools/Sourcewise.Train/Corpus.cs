using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Sourcewise.Train;

/// <summary>The shared corpus and the project's labels: the manifest, the frozen development/blind split
/// (<c>eval/splits.csv</c>), the per-document signal labels and CUAD's clause labels.</summary>
internal sealed class Corpus
{
    private Corpus(string root, string repository)
    {
        Root = root;
        Repository = repository;
        Manifest = ReadCsv(Path.Combine(root, "manifest.csv"));
        Splits = ReadCsv(Path.Combine(repository, "eval", "splits.csv")).ToDictionary(r => r["path"], r => r["split"], StringComparer.Ordinal);
        SignalLabels = ReadCsv(Path.Combine(repository, "eval", "signal-labels.csv"));
        var clauses = Path.Combine(root, "cuad", "master_clauses.csv");
        Cuad = File.Exists(clauses)
            ? ReadCsv(clauses).GroupBy(r => Key(r["Filename"])).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
            : [];
    }

    public string Root { get; }

    public string Repository { get; }

    public List<Dictionary<string, string>> Manifest { get; }

    public Dictionary<string, string> Splits { get; }

    public List<Dictionary<string, string>> SignalLabels { get; }

    public Dictionary<string, Dictionary<string, string>> Cuad { get; }

    /// <summary>Finds the repository (a folder with <c>eval/splits.csv</c>) and the corpus (<c>shared/corpus</c>)
    /// by walking up from the current folder.</summary>
    public static Corpus Locate()
    {
        var dir = new DirectoryInfo(Environment.CurrentDirectory);
        string? repository = null;
        string? corpus = null;
        for (var d = dir; d is not null; d = d.Parent)
        {
            if (repository is null && File.Exists(Path.Combine(d.FullName, "eval", "splits.csv")))
            {
                repository = d.FullName;
            }

            if (corpus is null && File.Exists(Path.Combine(d.FullName, "shared", "corpus", "manifest.csv")))
            {
                corpus = Path.Combine(d.FullName, "shared", "corpus");
            }
        }

        return repository is null || corpus is null
            ? throw new InvalidOperationException("run from inside the repository, next to ../shared/corpus")
            : new Corpus(corpus, repository);
    }

    /// <summary>The CUAD key of a file: its name without extension, trimmed.</summary>
    public static string Key(string fileName) => Path.GetFileNameWithoutExtension(fileName.Trim()).Trim();

    public static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        var rows = new List<Dictionary<string, string>>();
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = csv.GetField(i) ?? string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }
}
