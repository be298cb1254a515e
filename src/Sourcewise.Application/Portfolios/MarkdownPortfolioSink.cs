using System.Buffers;
using System.Text;
using Sourcewise.Diagnostics;
using Sourcewise.Portfolio;
using Sourcewise.Reports.Portfolio;

namespace Sourcewise.Application.Portfolios;

/// <summary>A Markdown table of every workstream, then the summary and the findings, streamed to
/// <paramref name="output"/> (left open).</summary>
/// <param name="output">Where the document goes.</param>
public sealed class MarkdownPortfolioSink(Stream output) : PortfolioSink
{
    private readonly Stream _output = output ?? throw new ArgumentNullException(nameof(output));

    /// <inheritdoc />
    public override void Start(string sourceName) =>
        _output.Write(Encoding.UTF8.GetBytes(PortfolioMarkdown.Start(Path.GetFileName(sourceName))));

    /// <inheritdoc />
    public override IPortfolioRowRenderer CreateRowRenderer(IBufferWriter<byte> buffer) =>
        new TextRowRenderer(buffer, static (text, row) => PortfolioMarkdown.AppendRow(text, PortfolioRowFacts.From(row.Row, row.Assessment)));

    /// <inheritdoc />
    public override void WriteBatch(IReadOnlyList<AssessedWorkstream> rows, ReadOnlySpan<byte> rendered) => _output.Write(rendered);

    /// <inheritdoc />
    public override void End(PortfolioSummary summary, IReadOnlyList<PortfolioFinding> findings, IReadOnlyList<Diagnostic> errors)
    {
        _output.Write(Encoding.UTF8.GetBytes(PortfolioMarkdown.End(summary, findings)));
        _output.Flush();
    }
}
