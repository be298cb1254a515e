using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Text;
using Sourcewise.Contracts;
using Sourcewise.Diagnostics;

namespace Sourcewise.Documents.Contracts.Isolation;

/// <summary>The frames the parent and the reader process exchange over the child's stdin and stdout: a request (the
/// file's name, its format, the limits and its bytes) and a response (a <see cref="Result{T}"/> of
/// <see cref="ContractText"/>: diagnostics, then lines with page, line, kind and text). Binary, little-endian, strings
/// length-prefixed UTF-8 (<see cref="BinaryWriter"/>), each frame opening with a magic number and a version.</summary>
/// <remarks>The parent treats any response it cannot decode exactly (truncated, wrong magic, trailing bytes) as a
/// reader that stopped: it never trusts a partial frame.</remarks>
internal static class ReaderProtocol
{
    /// <summary>"SWR" and version 1.</summary>
    private const int Magic = 0x01525753;

    private static readonly UTF8Encoding Utf8 = new(false, true);

    /// <summary>One document to read.</summary>
    public sealed record Request(string FileName, ContractFormat Format, int MaxPages, long MaxInflatedBytes, byte[] Bytes);

    public static void WriteRequest(Stream stream, Request request)
    {
        using var writer = new BinaryWriter(stream, Utf8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(request.FileName);
        writer.Write((byte)request.Format);
        writer.Write(request.MaxPages);
        writer.Write(request.MaxInflatedBytes);
        writer.Write(request.Bytes.Length);
        writer.Write(request.Bytes);
    }

    /// <summary>Reads the next request, or null at the end of the input.</summary>
    /// <exception cref="InvalidDataException">The frame is not a request.</exception>
    public static Request? ReadRequest(Stream stream)
    {
        using var reader = new BinaryReader(stream, Utf8, leaveOpen: true);
        int magic;
        try
        {
            magic = reader.ReadInt32();
        }
        catch (EndOfStreamException)
        {
            return null;
        }

        Expect(magic == Magic, "bad request magic");
        var fileName = reader.ReadString();
        var format = (ContractFormat)reader.ReadByte();
        var maxPages = reader.ReadInt32();
        var maxInflated = reader.ReadInt64();
        var length = reader.ReadInt32();
        Expect(length >= 0, "bad length");
        var bytes = reader.ReadBytes(length);
        Expect(bytes.Length == length, "truncated request");
        return new Request(fileName, format, maxPages, maxInflated, bytes);
    }

    /// <summary>Writes a response, preceded by its length (8 bytes), so a reader process can answer many requests
    /// on one stdout.</summary>
    public static void WriteResponse(Stream stream, Result<ContractText> result)
    {
        using var frame = new MemoryStream();
        WriteResponseBody(frame, result);
        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(length, frame.Length);
        stream.Write(length);
        stream.Write(frame.GetBuffer(), 0, (int)frame.Length);
    }

    private static void WriteResponseBody(Stream stream, Result<ContractText> result)
    {
        using var writer = new BinaryWriter(stream, Utf8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(result.Success);
        writer.Write(result.Diagnostics.Count);
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.Write(diagnostic.Code);
            writer.Write((byte)diagnostic.Severity);
            writer.Write(diagnostic.Message);
            var location = diagnostic.Location;
            writer.Write(location is not null);
            if (location is not null)
            {
                WriteOptional(writer, location.File);
                writer.Write(location.Line ?? -1);
                writer.Write(location.Column ?? -1);
                WriteOptional(writer, location.Field);
            }
        }

        if (result.Success)
        {
            var text = result.Value;
            writer.Write(text.Source);
            writer.Write(text.Format);
            writer.Write(text.PageCount ?? -1);
            writer.Write(text.Lines.Length);
            foreach (var line in text.Lines)
            {
                writer.Write(line.Page ?? -1);
                writer.Write(line.Line);
                writer.Write((byte)line.Kind);
                writer.Write(line.Text);
            }
        }

        writer.Flush();
    }

    /// <summary>Reads the next response's bytes (after its length), or null when the stream ends first or the length
    /// is over <paramref name="limit"/>.</summary>
    public static async Task<MemoryStream?> ReadResponseFrameAsync(Stream stream, long limit)
    {
        try
        {
            return await ReadFrameAsync(stream, limit).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            return null;
        }
    }

    private static async Task<MemoryStream?> ReadFrameAsync(Stream stream, long limit)
    {
        var header = new byte[8];
        if (!await FillAsync(stream, header).ConfigureAwait(false))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt64LittleEndian(header);
        if (length <= 0 || length > limit)
        {
            return null;
        }

        var frame = new MemoryStream();
        var buffer = new byte[(int)Math.Min(length, 81920)];
        var left = length;
        while (left > 0)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(left, buffer.Length))).ConfigureAwait(false);
            if (read == 0)
            {
                return null;
            }

            frame.Write(buffer, 0, read);
            left -= read;
        }

        return frame;
    }

    private static async Task<bool> FillAsync(Stream stream, byte[] buffer)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled)).ConfigureAwait(false);
            if (read == 0)
            {
                return false;
            }

            filled += read;
        }

        return true;
    }

    /// <summary>Decodes a whole response.</summary>
    /// <exception cref="InvalidDataException">The bytes are not exactly one well-formed response.</exception>
    public static Result<ContractText> ReadResponse(MemoryStream frame)
    {
        frame.Position = 0;
        using var reader = new BinaryReader(frame, Utf8, leaveOpen: true);
        try
        {
            Expect(reader.ReadInt32() == Magic, "bad response magic");
            var success = reader.ReadBoolean();
            var count = reader.ReadInt32();
            Expect(count is >= 0 and <= 1_000_000, "bad diagnostic count");
            var diagnostics = new List<Diagnostic>(count);
            for (var i = 0; i < count; i++)
            {
                var code = reader.ReadString();
                var severity = (DiagnosticSeverity)reader.ReadByte();
                Expect(Enum.IsDefined(severity), "bad severity");
                var message = reader.ReadString();
                SourceLocation? location = null;
                if (reader.ReadBoolean())
                {
                    var file = ReadOptional(reader);
                    var line = reader.ReadInt32();
                    var column = reader.ReadInt32();
                    var field = ReadOptional(reader);
                    location = new SourceLocation(file, line < 0 ? null : line, column < 0 ? null : column, field);
                }

                diagnostics.Add(new Diagnostic(code, severity, message, location));
            }

            Result<ContractText> result;
            if (success)
            {
                var source = reader.ReadString();
                var format = reader.ReadString();
                var pageCount = reader.ReadInt32();
                var lineCount = reader.ReadInt32();
                Expect(lineCount >= 0 && lineCount <= frame.Length, "bad line count");
                var lines = ImmutableArray.CreateBuilder<ContractLine>(lineCount);
                for (var i = 0; i < lineCount; i++)
                {
                    var page = reader.ReadInt32();
                    var number = reader.ReadInt32();
                    var kind = (ContractLineKind)reader.ReadByte();
                    Expect(Enum.IsDefined(kind), "bad line kind");
                    lines.Add(new ContractLine(page < 0 ? null : page, number, reader.ReadString(), kind));
                }

                result = Result<ContractText>.Ok(
                    new ContractText(source, format, lines.MoveToImmutable(), pageCount < 0 ? null : pageCount), diagnostics);
            }
            else
            {
                Expect(diagnostics.Any(d => d.IsError), "a failed result without an error");
                result = Result<ContractText>.Fail(diagnostics);
            }

            Expect(reader.BaseStream.Position == frame.Length, "trailing bytes");
            return result;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or DecoderFallbackException or FormatException)
        {
            throw new InvalidDataException("truncated or damaged response", e);
        }
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidDataException(what);
        }
    }
}
