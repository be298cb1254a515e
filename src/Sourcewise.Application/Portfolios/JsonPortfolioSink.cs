using System.Buffers;
using System.Text.Json;
using Sourcewise.Diagnostics;
using Sourcewise.Portfolio;
using Sourcewise.Reports.Portfolio;

namespace Sourcewise.Application.Portfolios;

/// <summary>The portfolio JSON of the public interface, streamed to a stream (left open):
/// <c>{ "workstreams": [...], "summary": {...}, "findings": [...], "errors": [...] }</c>.</summary>
public sealed class JsonPortfolioSink : PortfolioSink
{
    private readonly Stream _output;
    private readonly PortfolioJsonWriter _json;

    /// <summary>Creates the sink.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public JsonPortfolioSink(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _json = new PortfolioJsonWriter(output);
    }

    /// <inheritdoc />
    public override void Start(string sourceName) => _json.WriteStart();

    /// <inheritdoc />
    public override IPortfolioRowRenderer CreateRowRenderer(IBufferWriter<byte> buffer) => new Renderer(buffer);

    /// <inheritdoc />
    public override void WriteBatch(IReadOnlyList<AssessedWorkstream> rows, ReadOnlySpan<byte> rendered) =>
        _json.WriteWorkstreams(rendered);

    /// <inheritdoc />
    public override void End(PortfolioSummary summary, IReadOnlyList<PortfolioFinding> findings, IReadOnlyList<Diagnostic> errors)
    {
        _json.WriteEnd(summary, findings, errors);
        _json.Dispose();
        _output.Flush();
    }

    /// <summary>Each row as <c>,{...}</c>: the writer leaves the first comma out.</summary>
    private sealed class Renderer : IPortfolioRowRenderer
    {
        private readonly IBufferWriter<byte> _output;
        private readonly Utf8JsonWriter _writer;

        public Renderer(IBufferWriter<byte> output)
        {
            _output = output;
            _writer = new Utf8JsonWriter(output, PortfolioJson.WriterOptions);
        }

        public void Render(AssessedWorkstream row)
        {
            _output.GetSpan(1)[0] = (byte)',';
            _output.Advance(1);
            PortfolioJson.WriteWorkstream(_writer, row.Row, row.Assessment);
            _writer.Flush();
            _writer.Reset();
        }

        public void Dispose() => _writer.Dispose();
    }
}
