using System.Collections.Immutable;
using Sourcewise.Diagnostics;
using Sourcewise.Eval.Csv;
using Sourcewise.Eval.Labels;
using Sourcewise.Text;

namespace Sourcewise.Eval.Sentences;

/// <summary>One labelled sentence of <c>eval/sentences.csv</c>.</summary>
/// <param name="Id">The row's id (unique in the file).</param>
/// <param name="Signal">The signal the label is about.</param>
/// <param name="Label">Whether the sentence says the signal.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Source">Where it comes from, as the labeller wrote it.</param>
/// <param name="Doc">The corpus document it was taken from (relative to the corpus root), or empty.</param>
/// <param name="Origin"><c>corpus</c>, <c>cuad-span</c> or <c>written</c>.</param>
/// <param name="Note">The labeller's note.</param>
/// <param name="FileLine">The line of the file the row starts on.</param>
internal sealed record SentenceRow(string Id, string Signal, SignalLabelValue Label, string Text, string Source,
    string Doc, string Origin, string Note, int FileLine);

/// <summary>Sentence-level gold labels (<c>eval/sentences.csv</c>: <c>id,signal,label,text,source,doc,origin,note</c>;
/// <c>label</c> is <c>1</c> or <c>present</c>, <c>0</c> or <c>absent</c>, or <c>uncertain</c>; <c>doc</c> is a corpus path
/// or a name of the labeller's, e.g. <c>written:g01</c>). Reading never throws; the first problem comes back as an error
/// naming file:line and field.</summary>
internal sealed class SentenceSet
{
    /// <summary>A sentence taken from a corpus document.</summary>
    public const string Corpus = "corpus";

    /// <summary>A span CUAD's annotators marked in one of its contracts.</summary>
    public const string CuadSpan = "cuad-span";

    /// <summary>A sentence written for the test set.</summary>
    public const string Written = "written";

    /// <summary>The origins, in report order.</summary>
    public static readonly ImmutableArray<string> Origins = [Corpus, CuadSpan, Written];

    private static readonly string[] Required = ["id", "signal", "label", "text", "origin"];

    private SentenceSet(string source, ImmutableArray<SentenceRow> rows)
    {
        Source = source;
        Rows = rows;
    }

    /// <summary>The file as named in messages.</summary>
    public string Source { get; }

    /// <summary>Every row, in file order.</summary>
    public ImmutableArray<SentenceRow> Rows { get; }

    /// <summary>Reads a sentence file.</summary>
    public static Result<SentenceSet> Read(string file, IEnumerable<string> signalIds, string? displayName = null)
    {
        var table = CsvTable.Read(file, Required, displayName);
        return table.Success ? Build(table.Value, signalIds) : Result<SentenceSet>.Fail(table.Diagnostics);
    }

    /// <summary>Parses the text of a sentence file.</summary>
    public static Result<SentenceSet> Parse(string text, IEnumerable<string> signalIds, string displayName)
    {
        var table = CsvTable.Parse(text, Required, displayName);
        return table.Success ? Build(table.Value, signalIds) : Result<SentenceSet>.Fail(table.Diagnostics);
    }

    private static Result<SentenceSet> Build(CsvTable table, IEnumerable<string> signalIds)
    {
        var known = signalIds.ToImmutableArray();
        Result<SentenceSet> Error(int line, string field, string message) => Result<SentenceSet>.Fail(table.Error(line, field, message));
        var rows = ImmutableArray.CreateBuilder<SentenceRow>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = table.Field(row, "id");
            if (id.Length == 0)
            {
                return Error(row.Line, "id", "empty; every row needs an id");
            }

            if (ids.TryGetValue(id, out var first))
            {
                return Error(row.Line, "id", $"'{id}' is used twice (first on line {first})");
            }

            ids[id] = row.Line;
            var signal = table.Field(row, "signal");
            if (!known.Contains(signal, StringComparer.Ordinal))
            {
                return Error(row.Line, "signal", $"unknown signal '{signal}'{Suggestions.DidYouMean(signal, known)}");
            }

            SignalLabelValue label;
            switch (table.Field(row, "label"))
            {
                case "present" or "1":
                    label = SignalLabelValue.Present;
                    break;
                case "absent" or "0":
                    label = SignalLabelValue.Absent;
                    break;
                case "uncertain":
                    label = SignalLabelValue.Uncertain;
                    break;
                case var other:
                    return Error(row.Line, "label", $"'{other}' is not one of 1 (present), 0 (absent), present, absent, uncertain");
            }

            var text = table.Field(row, "text");
            if (text.Length == 0)
            {
                return Error(row.Line, "text", "empty; expected the sentence");
            }

            var origin = table.Field(row, "origin");
            if (!Origins.Contains(origin, StringComparer.Ordinal))
            {
                return Error(row.Line, "origin", $"'{origin}' is not one of {string.Join(", ", Origins)}{Suggestions.DidYouMean(origin, Origins)}");
            }

            rows.Add(new SentenceRow(id, signal, label, text, table.Field(row, "source"), table.Field(row, "doc"), origin,
                table.Field(row, "note"), row.Line));
        }

        return Result<SentenceSet>.Ok(new SentenceSet(table.Source, rows.ToImmutable()));
    }
}
