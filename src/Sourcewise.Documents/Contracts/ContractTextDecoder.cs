using System.Text;
using Sourcewise.Diagnostics;

namespace Sourcewise.Documents.Contracts;

/// <summary>Turns the bytes of a text or HTML file into a string: UTF-8 (with or without BOM), UTF-16 with a BOM,
/// and Latin-1 as a fallback (with a warning) for bytes that are not UTF-8. Binary content is refused.</summary>
internal static class ContractTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Result<string> Decode(ReadOnlySpan<byte> bytes, string name)
    {
        var where = new SourceLocation(name);
        string text;
        var warnings = new List<Diagnostic>();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            if (LooksBinary(bytes))
            {
                return Result<string>.Fail(Diagnostic.Error("binary-file",
                    "looks like a binary file, not text (it contains NUL or control bytes)", where));
            }

            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                text = Encoding.Latin1.GetString(bytes);
                var offset = e.Index >= 0 ? $" (first bad byte near offset {e.Index})" : string.Empty;
                warnings.Add(Diagnostic.Warning("not-utf8",
                    $"is not valid UTF-8{offset}; read as Latin-1 instead, so some characters may be wrong", where));
            }
        }

        if (text.AsSpan().IndexOfAnyExcept(" \t\r\n\f\v\u00A0\uFEFF") < 0)
        {
            return Result<string>.Fail(Diagnostic.Error("empty-file", "is empty (no text)", where));
        }

        return Result<string>.Ok(text, warnings);
    }

    /// <summary>NUL bytes, or many control bytes other than whitespace, in the first 8 KiB.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var probe = bytes[..Math.Min(bytes.Length, 8192)];
        if (probe.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        var control = 0;
        foreach (var b in probe)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or 0x1A))
            {
                control++;
            }
        }

        return control > probe.Length / 50 + 2;
    }
}
