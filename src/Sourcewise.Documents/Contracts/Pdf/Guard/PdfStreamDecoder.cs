using System.IO.Compression;

namespace Sourcewise.Documents.Contracts.Pdf.Guard;

/// <summary>Decodes a PDF stream's data through its filters while counting what comes out, and stops as soon as one
/// stream passes its limit or all streams together pass the document's: a 1 MB file that inflates to 1 GiB costs
/// 64 MiB of inflating (well under a second), and nothing is kept except what a caller needs (an object stream's
/// objects, between filters). Handles FlateDecode, LZWDecode, RunLengthDecode, ASCIIHexDecode and ASCII85Decode,
/// the filters that decode to more than they take; a filter it does not know (image codecs, Crypt) ends the
/// chain uncounted, as a text extraction does not decode it either. Damaged data ends a stream quietly: reporting it
/// is the PDF reader's business.</summary>
internal sealed class PdfStreamDecoder(long maxStreamBytes, long maxDocumentBytes, CancellationToken cancellationToken)
{
    private readonly byte[] _buffer = new byte[65536];
    private readonly long _maxDocumentBytes = maxDocumentBytes;
    private readonly CancellationToken _cancellationToken = cancellationToken;
    private long _documentBytes;

    public enum Outcome
    {
        Done,
        StreamTooLarge,
        DocumentTooLarge,
    }

    /// <summary>Decodes <paramref name="data"/> through <paramref name="filters"/>, giving each decoded chunk to
    /// <paramref name="consumer"/> (when there is one).</summary>
    public Outcome Decode(ReadOnlyMemory<byte> data, IReadOnlyList<string> filters, Action<ReadOnlySpan<byte>>? consumer)
    {
        var known = 0;
        while (known < filters.Count && IsKnown(filters[known]))
        {
            known++;
        }

        if (known == 0)
        {
            return Outcome.Done;
        }

        // Filters before the last are decoded into memory (held to the stream limit); the last one is streamed.
        var input = data;
        for (var i = 0; i < known - 1; i++)
        {
            using var between = new MemoryStream();
            var sink = new Sink(this, maxStreamBytes, countDocument: false, chunk => between.Write(chunk));
            Run(filters[i], input, sink);
            if (sink.Outcome != Outcome.Done)
            {
                return sink.Outcome;
            }

            input = between.GetBuffer().AsMemory(0, (int)between.Length);
        }

        var last = new Sink(this, maxStreamBytes, countDocument: true, consumer);
        Run(filters[known - 1], input, last);
        return last.Outcome;
    }

    private static bool IsKnown(string filter) => filter is "FlateDecode" or "Fl" or "LZWDecode" or "LZW"
        or "RunLengthDecode" or "RL" or "ASCIIHexDecode" or "AHx" or "ASCII85Decode" or "A85";

    private void Run(string filter, ReadOnlyMemory<byte> input, Sink sink)
    {
        switch (filter)
        {
            case "FlateDecode" or "Fl":
                Inflate(input, sink);
                break;
            case "LZWDecode" or "LZW":
                Lzw(input.Span, sink);
                break;
            case "RunLengthDecode" or "RL":
                RunLength(input.Span, sink);
                break;
            case "ASCIIHexDecode" or "AHx":
                AsciiHex(input.Span, sink);
                break;
            default:
                Ascii85(input.Span, sink);
                break;
        }
    }

    private void Inflate(ReadOnlyMemory<byte> input, Sink sink)
    {
        var span = input.Span;
        var skip = 0;
        if (span.Length >= 2 && (span[0] & 0x0F) == 8 && ((span[0] << 8) | span[1]) % 31 == 0)
        {
            // A zlib header (and a preset dictionary id, which PDF never uses); the rest is raw deflate.
            skip = (span[1] & 0x20) != 0 ? 6 : 2;
        }

        if (skip >= span.Length)
        {
            return;
        }

        using var source = new ReadOnlyMemoryStream(input[skip..]);
        using var deflate = new DeflateStream(source, CompressionMode.Decompress);
        try
        {
            int read;
            while ((read = deflate.Read(_buffer, 0, _buffer.Length)) > 0)
            {
                if (!sink.Write(_buffer.AsSpan(0, read)))
                {
                    return;
                }
            }
        }
        catch (InvalidDataException)
        {
            // Damaged or not deflate at all (an encrypted stream): what came out so far is what counts.
        }
    }

    private void Lzw(ReadOnlySpan<byte> input, Sink sink)
    {
        // PDF's LZW: codes of 9 to 12 bits, most significant bit first, 256 clears the table, 257 ends the data,
        // and the code width grows one code early (EarlyChange 1, the default).
        const int Clear = 256;
        const int End = 257;
        var prefix = new short[4096];
        var suffix = new byte[4096];
        var length = new short[4096];
        for (var i = 0; i < 256; i++)
        {
            suffix[i] = (byte)i;
            length[i] = 1;
        }

        var word = new byte[4096];
        var next = 258;
        var width = 9;
        var previous = -1;
        long bits = 0;
        var held = 0;
        var position = 0;
        var filled = 0;
        while (true)
        {
            while (held < width && position < input.Length)
            {
                bits = (bits << 8) | input[position++];
                held += 8;
            }

            if (held < width)
            {
                break;
            }

            var code = (int)((bits >> (held - width)) & ((1 << width) - 1));
            held -= width;
            if (code == Clear)
            {
                next = 258;
                width = 9;
                previous = -1;
                continue;
            }

            if (code == End)
            {
                break;
            }

            int emit;
            if (code < next && (code < 256 || length[code] > 0))
            {
                emit = code;
            }
            else if (code == next && previous >= 0)
            {
                emit = -1;
            }
            else
            {
                break;
            }

            // The word for the code, or (the KwKwK case) the previous word plus its own first byte.
            int size;
            if (emit >= 0)
            {
                size = length[emit];
                for (int c = emit, at = size - 1; at >= 0; at--, c = prefix[c])
                {
                    word[at] = suffix[c];
                }
            }
            else
            {
                var previousSize = length[previous];
                for (int c = previous, at = previousSize - 1; at >= 0; at--, c = prefix[c])
                {
                    word[at] = suffix[c];
                }

                word[previousSize] = word[0];
                size = previousSize + 1;
            }

            if (previous >= 0 && next < 4096)
            {
                prefix[next] = (short)previous;
                suffix[next] = word[0];
                length[next] = (short)Math.Min(4095, length[previous] + 1);
                next++;
                if (next + 1 >= 1 << width && width < 12)
                {
                    width++;
                }
            }

            previous = code;
            if (filled + size > _buffer.Length)
            {
                if (!sink.Write(_buffer.AsSpan(0, filled)))
                {
                    return;
                }

                filled = 0;
            }

            word.AsSpan(0, size).CopyTo(_buffer.AsSpan(filled));
            filled += size;
        }

        sink.Write(_buffer.AsSpan(0, filled));
    }

    private void RunLength(ReadOnlySpan<byte> input, Sink sink)
    {
        var filled = 0;
        var i = 0;
        while (i < input.Length)
        {
            var run = input[i++];
            if (run == 128)
            {
                break;
            }

            if (filled + 128 > _buffer.Length)
            {
                if (!sink.Write(_buffer.AsSpan(0, filled)))
                {
                    return;
                }

                filled = 0;
            }

            if (run < 128)
            {
                var count = Math.Min(run + 1, input.Length - i);
                input.Slice(i, count).CopyTo(_buffer.AsSpan(filled));
                filled += count;
                i += count;
            }
            else if (i < input.Length)
            {
                _buffer.AsSpan(filled, 257 - run).Fill(input[i++]);
                filled += 257 - run;
            }
        }

        sink.Write(_buffer.AsSpan(0, filled));
    }

    private void AsciiHex(ReadOnlySpan<byte> input, Sink sink)
    {
        var filled = 0;
        var high = -1;
        foreach (var b in input)
        {
            if (b == '>')
            {
                break;
            }

            var value = PdfLexer.Hex(b);
            if (value < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = value;
                continue;
            }

            _buffer[filled++] = (byte)((high << 4) | value);
            high = -1;
            if (filled == _buffer.Length)
            {
                if (!sink.Write(_buffer))
                {
                    return;
                }

                filled = 0;
            }
        }

        if (high >= 0)
        {
            _buffer[filled++] = (byte)(high << 4);
        }

        sink.Write(_buffer.AsSpan(0, filled));
    }

    private void Ascii85(ReadOnlySpan<byte> input, Sink sink)
    {
        var filled = 0;
        long tuple = 0;
        var count = 0;
        foreach (var b in input)
        {
            if (filled + 4 > _buffer.Length)
            {
                if (!sink.Write(_buffer.AsSpan(0, filled)))
                {
                    return;
                }

                filled = 0;
            }

            if (b == '~')
            {
                break;
            }

            if (b == 'z' && count == 0)
            {
                _buffer.AsSpan(filled, 4).Clear();
                filled += 4;
                continue;
            }

            if (b is < (byte)'!' or > (byte)'u')
            {
                continue;
            }

            tuple = (tuple * 85) + (b - '!');
            if (++count == 5)
            {
                for (var shift = 24; shift >= 0; shift -= 8)
                {
                    _buffer[filled++] = (byte)(tuple >> shift);
                }

                tuple = 0;
                count = 0;
            }
        }

        if (count > 1)
        {
            for (var pad = count; pad < 5; pad++)
            {
                tuple = (tuple * 85) + 84;
            }

            for (var k = 0; k < count - 1; k++)
            {
                _buffer[filled++] = (byte)(tuple >> (24 - (8 * k)));
            }
        }

        sink.Write(_buffer.AsSpan(0, filled));
    }

    /// <summary>Counts decoded bytes against the stream limit (and the document's), and passes them on.</summary>
    private sealed class Sink(PdfStreamDecoder decoder, long limit, bool countDocument, Action<ReadOnlySpan<byte>>? consumer)
    {
        private long _written;

        public Outcome Outcome { get; private set; }

        public bool Write(ReadOnlySpan<byte> chunk)
        {
            if (Outcome != Outcome.Done || chunk.IsEmpty)
            {
                return Outcome == Outcome.Done;
            }

            decoder._cancellationToken.ThrowIfCancellationRequested();
            _written += chunk.Length;
            if (_written > limit)
            {
                Outcome = Outcome.StreamTooLarge;
                return false;
            }

            if (countDocument)
            {
                decoder._documentBytes += chunk.Length;
                if (decoder._documentBytes > decoder._maxDocumentBytes)
                {
                    Outcome = Outcome.DocumentTooLarge;
                    return false;
                }
            }

            consumer?.Invoke(chunk);
            return true;
        }
    }

    /// <summary>A read-only stream over memory, so inflating reads the file's bytes where they are.</summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => memory.Length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, memory.Length - _position);
            memory.Span.Slice(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
