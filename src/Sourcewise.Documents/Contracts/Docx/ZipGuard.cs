using System.IO.Compression;
using System.Xml;
using Sourcewise.Diagnostics;

namespace Sourcewise.Documents.Contracts.Docx;

/// <summary>Checks a zip archive before a library opens it: too many entries, declared sizes over the limit, or
/// actual inflated sizes over the limit (a zip bomb that lies about its sizes) are refused. Inflation stops at the
/// limit, so neither time nor memory grows with the bomb. While inflating, every XML part is walked with a streaming
/// <see cref="XmlReader"/> (not recursive), and elements nested deeper than
/// <see cref="ContractReaderOptions.MaxNestingDepth"/> are refused with the part's name: OpenXml builds its tree
/// recursively, so 40,000 nested content controls would overflow its stack.</summary>
internal static class ZipGuard
{
    private const int MaxEntries = 10_000;

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
        CloseInput = false,
    };

    public static Diagnostic? Check(byte[] bytes, string source, ContractReaderOptions options, CancellationToken cancellationToken)
    {
        var where = new SourceLocation(source);
        var maxInflatedBytes = options.MaxInflatedBytes;
        var limit = ContractReader.FormatBytes(maxInflatedBytes);
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries)
            {
                return Diagnostic.Error("zip-bomb", $"is a zip archive with {archive.Entries.Count:N0} entries; refused", where);
            }

            long declared = 0;
            foreach (var entry in archive.Entries)
            {
                declared += entry.Length;
                if (declared > maxInflatedBytes)
                {
                    return Diagnostic.Error("zip-bomb",
                        $"declares more than {limit} of uncompressed content (a zip bomb?); refused", where);
                }
            }

            var buffer = new byte[81920];
            long inflated = 0;
            foreach (var entry in archive.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var stream = new CountingStream(entry.Open(), inflated, maxInflatedBytes);
                try
                {
                    if (IsXml(entry.FullName) && TooDeep(stream, options.MaxNestingDepth, cancellationToken))
                    {
                        return Diagnostic.Error("docx-too-deep",
                            $"{entry.FullName} nests elements more than {options.MaxNestingDepth} deep; it may be damaged or hostile",
                            where);
                    }

                    while (stream.Read(buffer, 0, buffer.Length) > 0)
                    {
                    }
                }
                catch (InflationLimitException)
                {
                    return Diagnostic.Error("zip-bomb", $"inflates to more than {limit} (a zip bomb?); stopped reading", where);
                }

                inflated = stream.Total;
            }

            return null;
        }
        catch (InvalidDataException e)
        {
            return Diagnostic.Error("docx-damaged",
                $"is a damaged zip archive ({ContractReader.OneLine(e.Message)})", where);
        }
        catch (NotSupportedException e)
        {
            return Diagnostic.Error("docx-damaged",
                $"is a zip archive this reader cannot open ({ContractReader.OneLine(e.Message)})", where);
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the XML nests elements deeper than <paramref name="maxDepth"/>. Malformed XML is not this
    /// check's business (OpenXml reports it): the walk stops there and the caller drains the rest.</summary>
    private static bool TooDeep(Stream stream, int maxDepth, CancellationToken cancellationToken)
    {
        try
        {
            using var reader = XmlReader.Create(stream, XmlSettings);
            var count = 0;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= maxDepth)
                {
                    return true;
                }

                if ((++count & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        catch (XmlException)
        {
        }

        return false;
    }

    public static bool HasEntry(byte[] bytes, string name)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return archive.GetEntry(name) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private sealed class InflationLimitException : Exception
    {
    }

    /// <summary>Counts what is read through it, on top of what earlier entries inflated to, and stops at the limit.</summary>
    private sealed class CountingStream(Stream inner, long start, long limit) : Stream
    {
        public long Total { get; private set; } = start;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            Total += read;
            return Total > limit ? throw new InflationLimitException() : read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
