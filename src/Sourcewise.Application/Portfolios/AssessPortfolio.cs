using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using Sourcewise.Application.Assess;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Portfolios;
using Sourcewise.Portfolio;

namespace Sourcewise.Application.Portfolios;

/// <summary>Use case: assess every workstream of a portfolio. Rows are read in batches, batches are assessed and
/// rendered in parallel, and the results reach the sink in input order while the roll-up is aggregated, so memory stays
/// bounded however many rows there are.</summary>
/// <remarks>The bad-row policy, the same for every host: a row that cannot be read (or assessed) is reported with its
/// file, line, column and field, and every other row is still assessed. The outcome is then
/// <see cref="OutcomeStatus.Partial"/>: the output is complete for the good rows and lists the bad ones. A portfolio
/// with no workstreams at all is <see cref="OutcomeStatus.Invalid"/>.</remarks>
/// <threadsafety>Instances are immutable and thread-safe; a run uses its own state.</threadsafety>
public sealed class AssessPortfolio
{
    /// <summary>Bad rows listed in the result (and the JSON <c>errors</c> array); more are counted.</summary>
    public const int ListedErrors = 1000;

    /// <summary>Creates the use case over an assessor.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="assessor"/> is null.</exception>
    public AssessPortfolio(IWorkstreamAssessor assessor)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        Assessor = assessor;
    }

    /// <summary>The use case over the built-in rules.</summary>
    public static AssessPortfolio Default { get; } = new(AssessWorkstream.Default);

    /// <summary>What assesses each row.</summary>
    public IWorkstreamAssessor Assessor { get; }

    /// <summary>Batch size and how many batches may be in flight.</summary>
    public PipelineOptions Pipeline { get; init; } = new();

    /// <summary>The most rows one run accepts (a host's resource limit), or <c>null</c> for no limit.</summary>
    public int? MaxRows { get; init; }

    /// <summary>Opens a portfolio file, choosing the reader by its extension.</summary>
    /// <param name="path">The file as the user gave it (also used in messages).</param>
    /// <param name="cancellationToken">Cancels reading a JSON or YAML document.</param>
    public static async Task<Outcome<PortfolioSource>> OpenFileAsync(string path, CancellationToken cancellationToken) =>
        Outcome<PortfolioSource>.From(await PortfolioReader.OpenFileAsync(path, cancellationToken).ConfigureAwait(false));

    /// <summary>Opens a portfolio held in a stream (an upload, a request body). The stream is disposed with the source.</summary>
    /// <param name="stream">The data.</param>
    /// <param name="name">A name for messages, e.g. the upload's file name or <c>body</c>.</param>
    /// <param name="format">The format.</param>
    public static Outcome<PortfolioSource> Open(Stream stream, string name, PortfolioInputFormat format) =>
        Outcome<PortfolioSource>.From(PortfolioReader.Open(stream, name, format.ToId()));

    /// <summary>Runs the whole portfolio into <paramref name="sink"/>.</summary>
    /// <param name="source">The opened portfolio; enumerated once.</param>
    /// <param name="sink">Where the results go.</param>
    /// <param name="badRow">Called for each row that could not be read or assessed, in input order, with its errors
    /// (a host prints them as they come).</param>
    /// <param name="progress">Called after each batch with how far through the input reading is (0 to 1).</param>
    /// <param name="cancellationToken">Stops reading and assessing.</param>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    /// <exception cref="IOException">The sink's stream could not be written.</exception>
    public Outcome<PortfolioResult> Run(PortfolioSource source, PortfolioSink sink, Action<IReadOnlyList<Diagnostic>>? badRow = null,
        Action<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sink);
        var run = new Runner(this, source, sink);
        var rows = MaxRows is { } max ? run.Limit(source.ReadRows(cancellationToken), max) : source.ReadRows(cancellationToken);
        sink.Start(source.Name);
        OrderedBatchPipeline.Run(rows, batch => run.Process(batch, cancellationToken), batch =>
        {
            run.Consume(batch, badRow);
            progress?.Invoke(source.Progress);
        }, Pipeline, cancellationToken);

        var where = new SourceLocation(source.Name);
        if (run.TooMany)
        {
            return Outcome<PortfolioResult>.Invalid(TooManyRows(where));
        }

        var summary = run.Aggregator.Summary();
        var findings = run.Aggregator.Findings();
        sink.End(summary, findings, run.Errors);
        var result = new PortfolioResult(source.Name, summary, findings, run.Errors);
        var total = summary.Failed + summary.Assessed;
        if (total == 0)
        {
            return Outcome<PortfolioResult>.Invalid(NoWorkstreams(where));
        }

        return summary.Failed == 0
            ? Outcome<PortfolioResult>.Ok(result)
            : Outcome<PortfolioResult>.Partial(result, [Diagnostic.Error("bad-rows", string.Create(CultureInfo.InvariantCulture,
                $"{summary.Failed:N0} of {total:N0} rows could not be read; the other {summary.Assessed:N0} were assessed"), where)]);
    }

    /// <summary>Reads every row once without assessing any, for a host that must answer with a status before it
    /// streams the results (the API): the number of rows (bad ones included), or <see cref="OutcomeStatus.Invalid"/>
    /// with the same error <see cref="Run"/> would give when there are none or more than <see cref="MaxRows"/>. A bad
    /// row is not an error here: <see cref="Run"/> reports it and assesses the others.</summary>
    /// <param name="source">The opened portfolio; enumerated once (open it again for <see cref="Run"/>).</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public Outcome<int> CountRows(PortfolioSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var where = new SourceLocation(source.Name);
        var count = 0;
        foreach (var _ in source.ReadRows(cancellationToken))
        {
            if (++count > MaxRows)
            {
                return Outcome<int>.Invalid(TooManyRows(where));
            }
        }

        return count == 0 ? Outcome<int>.Invalid(NoWorkstreams(where)) : Outcome<int>.Ok(count);
    }

    private Diagnostic TooManyRows(SourceLocation where) => Diagnostic.Error("too-many-rows",
        string.Create(CultureInfo.InvariantCulture, $"has more than {MaxRows:N0} workstreams; use the command line for larger portfolios"),
        where);

    private static Diagnostic NoWorkstreams(SourceLocation where) =>
        Diagnostic.Error("no-workstreams", "has no workstreams (only a header, or an empty list)", where);

    /// <summary>The state of one run.</summary>
    private sealed class Runner(AssessPortfolio useCase, PortfolioSource source, PortfolioSink sink)
    {
        private readonly ConcurrentBag<ArrayBufferWriter<byte>> _buffers = [];
        private readonly List<Diagnostic> _errors = [];

        public PortfolioAggregator Aggregator { get; } = new();

        public IReadOnlyList<Diagnostic> Errors => _errors;

        public bool TooMany { get; private set; }

        public IEnumerable<PortfolioRow> Limit(IEnumerable<PortfolioRow> rows, int max)
        {
            var count = 0;
            foreach (var row in rows)
            {
                if (++count > max)
                {
                    TooMany = true;
                    yield break;
                }

                yield return row;
            }
        }

        public Batch Process(IReadOnlyList<PortfolioRow> rows, CancellationToken cancellationToken)
        {
            var batch = new Batch(rows);
            var bytes = _buffers.TryTake(out var pooled) ? pooled : new ArrayBufferWriter<byte>(1 << 16);
            using var renderer = sink.CreateRowRenderer(bytes);
            batch.Bytes = bytes;
            for (var i = 0; i < rows.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var row = rows[i];
                if (row.Profile is null)
                {
                    batch.Errors[i] = row.Diagnostics;
                    continue;
                }

                AssessedWorkstream assessed;
                try
                {
                    assessed = new AssessedWorkstream(row.Row, row.Profile, useCase.Assessor.Assess(row.Profile, cancellationToken));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    batch.Errors[i] = [Diagnostic.Error("assessment-failed", $"could not be assessed: {e.Message}",
                        new SourceLocation(source.Name, row.Line))];
                    continue;
                }

                batch.Assessed.Add(assessed);
                renderer?.Render(assessed);
            }

            return batch;
        }

        public void Consume(Batch batch, Action<IReadOnlyList<Diagnostic>>? badRow)
        {
            for (var i = 0; i < batch.Rows.Count; i++)
            {
                if (batch.Errors[i] is not { } errors)
                {
                    continue;
                }

                Aggregator.AddFailed();
                var rowErrors = errors.Where(d => d.IsError).ToList();
                foreach (var error in rowErrors)
                {
                    if (_errors.Count < ListedErrors)
                    {
                        _errors.Add(error);
                    }
                }

                badRow?.Invoke(rowErrors);
            }

            foreach (var assessed in batch.Assessed)
            {
                var a = assessed.Assessment;
                Aggregator.Add(assessed.Row, assessed.Profile, a.Recommendation, a.BestFit.ToId(), MistakeIds(a));
            }

            var bytes = batch.Bytes!;
            sink.WriteBatch(batch.Assessed, bytes.WrittenSpan);
            bytes.ResetWrittenCount();
            _buffers.Add(bytes);
        }

        private static string[] MistakeIds(Assessments.Assessment assessment)
        {
            if (assessment.Mistakes.IsEmpty)
            {
                return [];
            }

            var ids = new string[assessment.Mistakes.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = assessment.Mistakes[i].Id;
            }

            return ids;
        }
    }

    /// <summary>One batch: its rows, the assessed ones, each bad row's errors and the rendered bytes.</summary>
    private sealed class Batch(IReadOnlyList<PortfolioRow> rows)
    {
        public IReadOnlyList<PortfolioRow> Rows { get; } = [.. rows];

        public List<AssessedWorkstream> Assessed { get; } = new(rows.Count);

        public IReadOnlyList<Diagnostic>?[] Errors { get; } = new IReadOnlyList<Diagnostic>?[rows.Count];

        public ArrayBufferWriter<byte>? Bytes { get; set; }
    }
}
