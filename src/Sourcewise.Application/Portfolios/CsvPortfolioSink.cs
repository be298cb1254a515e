using System.Buffers;
using System.Text;
using Sourcewise.Diagnostics;
using Sourcewise.Portfolio;
using Sourcewise.Reports.Portfolio;

namespace Sourcewise.Application.Portfolios;

/// <summary>One CSV line per workstream, after a header line, streamed to <paramref name="output"/> (left open).</summary>
/// <param name="output">Where the lines go.</param>
public sealed class CsvPortfolioSink(Stream output) : PortfolioSink
{
    private readonly Stream _output = output ?? throw new ArgumentNullException(nameof(output));

    /// <inheritdoc />
    public override void Start(string sourceName) => _output.Write(Encoding.UTF8.GetBytes(PortfolioCsv.Header));

    /// <inheritdoc />
    public override IPortfolioRowRenderer CreateRowRenderer(IBufferWriter<byte> buffer) =>
        new TextRowRenderer(buffer, static (text, row) => PortfolioCsv.AppendRow(text, PortfolioRowFacts.From(row.Row, row.Assessment)));

    /// <inheritdoc />
    public override void WriteBatch(IReadOnlyList<AssessedWorkstream> rows, ReadOnlySpan<byte> rendered) => _output.Write(rendered);

    /// <inheritdoc />
    public override void End(PortfolioSummary summary, IReadOnlyList<PortfolioFinding> findings, IReadOnlyList<Diagnostic> errors) =>
        _output.Flush();
}
