using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Portfolios;
using Sourcewise.Portfolio;
using Sourcewise.Reports.Portfolio;

namespace Sourcewise.Cli.Portfolio;

/// <summary>Streams a portfolio through the assessment engine: rows are read in batches, batches are assessed and
/// rendered in parallel, and the rendered bytes are written in input order while the roll-up is aggregated. Memory
/// stays bounded by the batches in flight, however many rows there are.</summary>
internal sealed class PortfolioRunner
{
    /// <summary>Rows shown in the terminal table; the rest are counted in the summary.</summary>
    public const int TextRows = 50;

    /// <summary>Bad rows whose messages are printed on stderr; more are counted.</summary>
    public const int PrintedErrors = 50;

    /// <summary>Bad rows listed in the JSON <c>errors</c> array.</summary>
    public const int JsonErrors = 1000;

    private readonly PortfolioAssessor _assessor;
    private readonly string _format;
    private readonly ConcurrentBag<ArrayBufferWriter<byte>> _buffers = [];
    private string? _sourceName;

    public PortfolioRunner(PortfolioAssessor assessor, string format)
    {
        _assessor = assessor;
        _format = format;
    }

    public PipelineOptions Pipeline { get; init; } = new();

    /// <summary>Runs the whole portfolio. Text format writes nothing to <paramref name="output"/>: the caller renders
    /// <see cref="PortfolioOutcome.FirstRows"/>.</summary>
    public PortfolioOutcome Run(PortfolioSource source, Stream output, TextWriter error, Action<double>? progress,
        CancellationToken cancellationToken)
    {
        _sourceName = source.Name;
        var aggregator = new PortfolioAggregator();
        var errors = new List<Diagnostic>();
        var firstRows = new List<PortfolioRowFacts>();
        var printed = 0;
        using var json = _format == "json" ? new PortfolioJsonWriter(output) : null;
        json?.WriteStart();
        if (_format == "csv")
        {
            output.Write(Encoding.UTF8.GetBytes(PortfolioCsv.Header));
        }
        else if (_format == "markdown")
        {
            output.Write(Encoding.UTF8.GetBytes(PortfolioMarkdown.Start(Path.GetFileName(source.Name))));
        }

        OrderedBatchPipeline.Run(source.ReadRows(cancellationToken), batch => Process(batch, cancellationToken), batch =>
        {
            for (var i = 0; i < batch.Rows.Count; i++)
            {
                var row = batch.Rows[i];
                var assessed = batch.Assessed[i];
                if (assessed is null)
                {
                    aggregator.AddFailed();
                    foreach (var d in batch.Errors[i]!.Where(d => d.IsError))
                    {
                        if (errors.Count < JsonErrors)
                        {
                            errors.Add(d);
                        }

                        if (printed < PrintedErrors)
                        {
                            error.WriteLine($"error: {d}");
                        }
                    }

                    printed++;
                    continue;
                }

                aggregator.Add(row.Row, row.Profile!, assessed.Facts.Recommendation, assessed.Facts.BestFit,
                    assessed.Facts.MistakeIds);
                if (_format == "text" && firstRows.Count < TextRows)
                {
                    firstRows.Add(assessed.Facts);
                }
            }

            if (batch.Bytes is { } bytes)
            {
                if (json is not null)
                {
                    json.WriteWorkstreams(bytes.WrittenSpan);
                }
                else
                {
                    output.Write(bytes.WrittenSpan);
                }

                bytes.ResetWrittenCount();
                _buffers.Add(bytes);
            }

            progress?.Invoke(source.Progress);
        }, Pipeline, cancellationToken);

        var summary = aggregator.Summary();
        var findings = aggregator.Findings();
        json?.WriteEnd(summary, findings, errors);
        if (_format == "markdown")
        {
            output.Write(Encoding.UTF8.GetBytes(PortfolioMarkdown.End(summary, findings)));
        }

        output.Flush();
        if (printed > PrintedErrors)
        {
            error.WriteLine($"error: … and {printed - PrintedErrors:N0} more bad rows (not shown)");
        }

        return new PortfolioOutcome(summary, findings, firstRows);
    }

    private Batch Process(IReadOnlyList<PortfolioRow> rows, CancellationToken cancellationToken)
    {
        var batch = new Batch(rows);
        ArrayBufferWriter<byte>? bytes = null;
        if (_format != "text")
        {
            bytes = _buffers.TryTake(out var pooled) ? pooled : new ArrayBufferWriter<byte>(1 << 16);
            batch.Bytes = bytes;
        }

        using var json = _format == "json" && bytes is not null ? new Utf8JsonWriter(bytes, PortfolioJson.WriterOptions) : null;
        var text = _format is "csv" or "markdown" ? new StringBuilder(512) : null;
        for (var i = 0; i < rows.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = rows[i];
            if (row.Profile is null)
            {
                batch.Errors[i] = row.Diagnostics;
                continue;
            }

            AssessedRow assessed;
            try
            {
                assessed = _assessor.Assess(row.Row, row.Profile, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                batch.Errors[i] = [Diagnostic.Error("assessment-failed", $"could not be assessed: {e.Message}",
                    new SourceLocation(_sourceName, row.Line))];
                continue;
            }

            batch.Assessed[i] = assessed;
            if (json is not null)
            {
                bytes!.GetSpan(1)[0] = (byte)',';
                bytes.Advance(1);
                _assessor.WriteWorkstreamJson(json, assessed);
                json.Flush();
                json.Reset();
            }
            else if (text is not null)
            {
                text.Clear();
                if (_format == "csv")
                {
                    PortfolioCsv.AppendRow(text, assessed.Facts);
                }
                else
                {
                    PortfolioMarkdown.AppendRow(text, assessed.Facts);
                }

                foreach (var chunk in text.GetChunks())
                {
                    var span = bytes!.GetSpan(Encoding.UTF8.GetMaxByteCount(chunk.Length));
                    bytes.Advance(Encoding.UTF8.GetBytes(chunk.Span, span));
                }
            }
        }

        return batch;
    }

    private sealed class Batch(IReadOnlyList<PortfolioRow> rows)
    {
        public IReadOnlyList<PortfolioRow> Rows { get; } = [.. rows];

        public AssessedRow?[] Assessed { get; } = new AssessedRow?[rows.Count];

        public IReadOnlyList<Diagnostic>?[] Errors { get; } = new IReadOnlyList<Diagnostic>?[rows.Count];

        public ArrayBufferWriter<byte>? Bytes { get; set; }
    }
}

/// <summary>What a portfolio run found.</summary>
internal sealed record PortfolioOutcome(PortfolioSummary Summary, IReadOnlyList<PortfolioFinding> Findings,
    IReadOnlyList<PortfolioRowFacts> FirstRows);
