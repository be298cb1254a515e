using System.Buffers;
using System.Text;

namespace Sourcewise.Application.Portfolios;

/// <summary>Renders each row as text through a reused <see cref="StringBuilder"/>, encoded straight into the batch's
/// buffer as UTF-8.</summary>
internal sealed class TextRowRenderer(IBufferWriter<byte> output, Action<StringBuilder, AssessedWorkstream> append)
    : IPortfolioRowRenderer
{
    private readonly StringBuilder _text = new(512);

    public void Render(AssessedWorkstream row)
    {
        _text.Clear();
        append(_text, row);
        foreach (var chunk in _text.GetChunks())
        {
            var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(chunk.Length));
            output.Advance(Encoding.UTF8.GetBytes(chunk.Span, span));
        }
    }

    public void Dispose()
    {
    }
}
