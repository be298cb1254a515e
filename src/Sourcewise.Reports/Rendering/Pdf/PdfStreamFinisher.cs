using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Sourcewise.Reports.Rendering.Pdf;

/// <summary>PDFsharp 6.2 ends its Flate streams without the final deflate block and the Adler-32 checksum. Readers
/// are lenient about it, but <c>qpdf --check</c> warns on every stream ("input stream is complete but output may still
/// be valid") and document-management systems that validate PDFs flag the file. This pass inflates each such stream
/// (leniently) and deflates it again properly, fixes its <c>/Length</c>, and rewrites the cross-reference table with
/// the new offsets. It understands exactly what PDFsharp writes (one classic <c>xref</c> section, direct
/// <c>/Length</c> values, single <c>/FlateDecode</c> filters) and returns the input unchanged for anything else.</summary>
internal static partial class PdfStreamFinisher
{
    public static byte[] Finish(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startxref < 0 || StartXref().Match(text, startxref) is not { Success: true } sx)
        {
            return pdf;
        }

        var xrefAt = int.Parse(sx.Groups["at"].Value, CultureInfo.InvariantCulture);
        if (XrefHeader().Match(text, xrefAt) is not { Success: true } header || header.Index != xrefAt
            || header.Groups["first"].Value != "0")
        {
            return pdf;
        }

        var count = int.Parse(header.Groups["count"].Value, CultureInfo.InvariantCulture);
        var entries = new (long Offset, string Generation, bool InUse)[count];
        var at = header.Index + header.Length;
        for (var i = 0; i < count; i++, at += 20)
        {
            if (at + 20 > text.Length || XrefEntry().Match(text.Substring(at, 20)) is not { Success: true } e)
            {
                return pdf;
            }

            entries[i] = (long.Parse(e.Groups["offset"].Value, CultureInfo.InvariantCulture), e.Groups["gen"].Value, e.Groups["kind"].Value == "n");
        }

        var trailerAt = at;
        var objects = Enumerable.Range(0, count).Where(i => entries[i].InUse).OrderBy(i => entries[i].Offset).ToList();
        if (objects.Count == 0 || entries[objects[0]].Offset > xrefAt)
        {
            return pdf;
        }

        using var output = new MemoryStream(pdf.Length);
        output.Write(pdf, 0, (int)entries[objects[0]].Offset);
        var newOffsets = new long[count];
        for (var k = 0; k < objects.Count; k++)
        {
            var number = objects[k];
            var start = (int)entries[number].Offset;
            var end = k + 1 < objects.Count ? (int)entries[objects[k + 1]].Offset : xrefAt;
            newOffsets[number] = output.Position;
            var rewritten = Refinish(pdf, text, start, end);
            if (rewritten is null)
            {
                output.Write(pdf, start, end - start);
            }
            else
            {
                output.Write(rewritten);
            }
        }

        var newXref = output.Position;
        var xref = new StringBuilder().Append("xref\n0 ").Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        for (var i = 0; i < count; i++)
        {
            var offset = entries[i].InUse ? newOffsets[i] : entries[i].Offset;
            xref.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(' ').Append(entries[i].Generation)
                .Append(entries[i].InUse ? " n \n" : " f \n");
        }

        var trailer = text[trailerAt..startxref];
        xref.Append(trailer).Append("startxref\n").Append(newXref.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(xref.ToString()));
        return output.ToArray();
    }

    /// <summary>The object between <paramref name="start"/> and <paramref name="end"/> with its Flate stream
    /// properly finished, or null when it has no such stream (it is copied as it is).</summary>
    private static byte[]? Refinish(byte[] pdf, string text, int start, int end)
    {
        var streamAt = text.IndexOf("stream", start, end - start, StringComparison.Ordinal);
        if (streamAt < 0)
        {
            return null;
        }

        var dictionary = text[start..streamAt];
        if (!FlateOnly().IsMatch(dictionary) || Length().Matches(dictionary) is not { Count: 1 } lengths)
        {
            return null;
        }

        var dataAt = streamAt + "stream".Length;
        dataAt += text[dataAt] == '\r' ? 2 : 1;
        var length = int.Parse(lengths[0].Groups["n"].Value, CultureInfo.InvariantCulture);
        if (dataAt + length > end)
        {
            return null;
        }

        byte[] inflated;
        try
        {
            using var input = new ZLibStream(new MemoryStream(pdf, dataAt, length, writable: false), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            inflated = buffer.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }

        using var deflated = new MemoryStream();
        using (var zlib = new ZLibStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(inflated);
        }

        var newDictionary = dictionary[..lengths[0].Index] + "/Length " + deflated.Length.ToString(CultureInfo.InvariantCulture)
            + dictionary[(lengths[0].Index + lengths[0].Length)..];
        using var result = new MemoryStream();
        result.Write(Encoding.Latin1.GetBytes(newDictionary));
        result.Write(pdf, streamAt, dataAt - streamAt);
        result.Write(deflated.GetBuffer(), 0, (int)deflated.Length);
        result.Write(pdf, dataAt + length, end - (dataAt + length));
        return result.ToArray();
    }

    [GeneratedRegex(@"\Gstartxref\s+(?<at>\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\Gxref\r?\n(?<first>\d+) (?<count>\d+)\r?\n")]
    private static partial Regex XrefHeader();

    [GeneratedRegex(@"^(?<offset>\d{10}) (?<gen>\d{5}) (?<kind>[nf])(?: \n|\r\n| \r)$")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"/Filter\s*/FlateDecode\b")]
    private static partial Regex FlateOnly();

    [GeneratedRegex(@"/Length\s+(?<n>\d+)(?!\d)(?!\s+\d+\s+R)")]
    private static partial Regex Length();
}
