using System.Collections.Frozen;
using System.Collections.Immutable;
using Sourcewise.Diagnostics;
using Sourcewise.Eval.Csv;
using Sourcewise.Text;

namespace Sourcewise.Eval.Labels;

/// <summary>What a reader decided about one signal in one document.</summary>
internal enum SignalLabelValue
{
    /// <summary>The document says it (evidence recorded).</summary>
    Present,

    /// <summary>The document does not say it.</summary>
    Absent,

    /// <summary>The reader could not decide; left out of scoring.</summary>
    Uncertain,
}

/// <summary>One row of a signal-label file: a document, a signal and the reader's decision.</summary>
/// <param name="Path">The document, relative to the corpus root (as in <c>manifest.csv</c>).</param>
/// <param name="Signal">A signal id from the catalogue.</param>
/// <param name="Label">The decision.</param>
/// <param name="Evidence">A short verbatim quote (required when present).</param>
/// <param name="Location">Where the quote is (line, <c>para N</c> or <c>page N</c>).</param>
/// <param name="Note">Why, when the decision needs a word.</param>
/// <param name="FileLine">The line of the label file the row starts on.</param>
internal sealed record SignalLabel(string Path, string Signal, SignalLabelValue Label, string Evidence, string Location,
    string Note, int FileLine);

/// <summary>Signal-level gold labels read from a CSV file (<c>eval/signal-labels.csv</c>): columns <c>path</c>,
/// <c>signal</c>, <c>label</c> (present|absent|uncertain), <c>evidence</c>, and optionally <c>line</c> and <c>note</c>.</summary>
/// <remarks>Reading never throws for a bad file: the first problem comes back as an error naming file:line and field,
/// because a silently skipped row would quietly change the figures.</remarks>
internal sealed class SignalLabelSet
{
    /// <summary>The longest evidence quote accepted: labels point at a clause, they do not copy it.</summary>
    public const int MaxEvidenceLength = 200;

    private static readonly string[] RequiredColumns = ["path", "signal", "label", "evidence"];

    private readonly FrozenDictionary<(string Path, string Signal), SignalLabel> _byKey;

    private SignalLabelSet(string source, ImmutableArray<SignalLabel> labels)
    {
        Source = source;
        Labels = labels;
        _byKey = labels.ToFrozenDictionary(l => (l.Path, l.Signal));
        Documents = [.. labels.Select(l => l.Path).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The file name as shown in messages and in the "against" column.</summary>
    public string Source { get; }

    /// <summary>Every row, in file order.</summary>
    public ImmutableArray<SignalLabel> Labels { get; }

    /// <summary>The labelled documents, in file order.</summary>
    public ImmutableArray<string> Documents { get; }

    /// <summary>The label for a document and signal, or <c>null</c> when the file has none.</summary>
    public SignalLabel? Find(string path, string signal) => _byKey.GetValueOrDefault((path, signal));

    /// <summary>Reads a label file.</summary>
    /// <param name="file">The file to read.</param>
    /// <param name="displayName">How to name the file in messages (defaults to <paramref name="file"/>).</param>
    /// <param name="signalIds">The signal ids the catalogue knows.</param>
    public static Result<SignalLabelSet> Read(string file, IEnumerable<string> signalIds, string? displayName = null)
    {
        displayName ??= file;
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<SignalLabelSet>.Fail(Diagnostic.Error("labels-unreadable", e.Message, new SourceLocation(displayName)));
        }

        return Parse(text, signalIds, displayName);
    }

    /// <summary>Parses the text of a label file.</summary>
    public static Result<SignalLabelSet> Parse(string text, IEnumerable<string> signalIds, string displayName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var known = signalIds.ToImmutableArray();
        var records = CsvFile.ReadRecords(text, out var unclosedAt);
        Result<SignalLabelSet> Error(int line, string? field, string message) =>
            Result<SignalLabelSet>.Fail(Diagnostic.Error("malformed-labels", message, new SourceLocation(displayName, line, Field: field)));

        if (unclosedAt is { } open)
        {
            return Error(open, null, "a quoted field is not closed");
        }

        var rows = records.Where(r => !(r.Fields.Count == 1 && r.Fields[0].Length == 0)).ToList();
        if (rows.Count == 0)
        {
            return Error(1, null, "the file is empty; expected a header row " + string.Join(",", RequiredColumns));
        }

        var header = rows[0];
        var columns = header.Fields.Select((name, index) => (name: name.Trim(), index))
            .GroupBy(c => c.name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);
        if (RequiredColumns.FirstOrDefault(c => !columns.ContainsKey(c)) is { } missing)
        {
            return Error(header.Line, "header", $"no '{missing}' column (the header needs {string.Join(", ", RequiredColumns)})");
        }

        string Field(CsvRecord row, string name) =>
            columns.TryGetValue(name, out var i) && i < row.Fields.Count ? row.Fields[i].Trim() : string.Empty;

        var labels = ImmutableArray.CreateBuilder<SignalLabel>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Fields.Count != header.Fields.Count)
            {
                return Error(row.Line, null, $"{row.Fields.Count} fields, but the header has {header.Fields.Count}");
            }

            var path = Field(row, "path");
            if (path.Length == 0)
            {
                return Error(row.Line, "path", "empty; expected a document path relative to the corpus root");
            }

            var signal = Field(row, "signal");
            if (!known.Contains(signal, StringComparer.Ordinal))
            {
                return Error(row.Line, "signal", $"unknown signal '{signal}'{Suggestions.DidYouMean(signal, known)}");
            }

            SignalLabelValue label;
            switch (Field(row, "label"))
            {
                case "present":
                    label = SignalLabelValue.Present;
                    break;
                case "absent":
                    label = SignalLabelValue.Absent;
                    break;
                case "uncertain":
                    label = SignalLabelValue.Uncertain;
                    break;
                case var other:
                    return Error(row.Line, "label", $"'{other}' is not one of present, absent, uncertain");
            }

            var evidence = Field(row, "evidence");
            if (label == SignalLabelValue.Present && evidence.Length == 0)
            {
                return Error(row.Line, "evidence", "a present label needs its evidence (a short verbatim quote)");
            }

            if (evidence.Length > MaxEvidenceLength)
            {
                return Error(row.Line, "evidence", $"{evidence.Length} characters; quote at most {MaxEvidenceLength}");
            }

            if (seen.TryGetValue((path, signal), out var first))
            {
                return Error(row.Line, "signal", $"'{signal}' is labelled twice for {path} (first on line {first})");
            }

            seen[(path, signal)] = row.Line;
            labels.Add(new SignalLabel(path, signal, label, evidence, Field(row, "line"), Field(row, "note"), row.Line));
        }

        return Result<SignalLabelSet>.Ok(new SignalLabelSet(displayName, labels.ToImmutable()));
    }
}
