using System.Collections.Frozen;
using System.Collections.Immutable;
using Sourcewise.Diagnostics;
using Sourcewise.Eval.Csv;

namespace Sourcewise.Eval.Splits;

/// <summary>The frozen development / blind split of the corpus (<c>eval/splits.csv</c>: <c>path,family,split</c>).</summary>
/// <remarks>Blind documents are scored like the others, but the tool prints only their totals: it never lists a blind
/// document or its errors unless told to with <c>--show-blind-errors</c>.</remarks>
internal sealed class SplitSet
{
    /// <summary>The development split: rules are tuned by looking at its errors.</summary>
    public const string Dev = "dev";

    /// <summary>The blind split: totals only, never its errors while tuning.</summary>
    public const string Blind = "blind";

    /// <summary>Every document.</summary>
    public const string All = "all";

    /// <summary>The splits every figure is reported for, in order.</summary>
    public static readonly ImmutableArray<string> Reported = [Dev, Blind, All];

    private static readonly string[] Required = ["path", "split"];

    private readonly FrozenDictionary<string, string> _byPath;

    private SplitSet(string source, FrozenDictionary<string, string> byPath)
    {
        Source = source;
        _byPath = byPath;
    }

    /// <summary>The file as named in messages.</summary>
    public string Source { get; }

    /// <summary>Every path in the file.</summary>
    public IEnumerable<string> Paths => _byPath.Keys;

    /// <summary>The split of a document (<see cref="Dev"/> or <see cref="Blind"/>), or <c>null</c> when the file does
    /// not list it.</summary>
    public string? Find(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>Whether a document is in the blind split.</summary>
    public bool IsBlind(string path) => Find(path) == Blind;

    /// <summary>A split that puts the given documents in <see cref="Blind"/> and every other in <see cref="Dev"/>
    /// (for tests).</summary>
    public static SplitSet Of(IEnumerable<(string Path, string Split)> rows, string source = "splits") =>
        new(source, rows.ToFrozenDictionary(r => r.Path, r => r.Split, StringComparer.Ordinal));

    /// <summary>Reads a split file.</summary>
    public static Result<SplitSet> Read(string file, string? displayName = null)
    {
        var table = CsvTable.Read(file, Required, displayName);
        return table.Success ? Build(table.Value) : Result<SplitSet>.Fail(table.Diagnostics);
    }

    /// <summary>Parses the text of a split file.</summary>
    public static Result<SplitSet> Parse(string text, string displayName)
    {
        var table = CsvTable.Parse(text, Required, displayName);
        return table.Success ? Build(table.Value) : Result<SplitSet>.Fail(table.Diagnostics);
    }

    private static Result<SplitSet> Build(CsvTable table)
    {
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var path = table.Field(row, "path");
            if (path.Length == 0)
            {
                return Result<SplitSet>.Fail(table.Error(row.Line, "path", "empty; expected a document path relative to the corpus root"));
            }

            var split = table.Field(row, "split");
            if (split is not (Dev or Blind))
            {
                return Result<SplitSet>.Fail(table.Error(row.Line, "split", $"'{split}' is not one of {Dev}, {Blind}"));
            }

            if (lines.TryGetValue(path, out var first))
            {
                return Result<SplitSet>.Fail(table.Error(row.Line, "path", $"{path} is listed twice (first on line {first})"));
            }

            lines[path] = row.Line;
            byPath[path] = split;
        }

        return Result<SplitSet>.Ok(new SplitSet(table.Source, byPath.ToFrozenDictionary(StringComparer.Ordinal)));
    }
}
