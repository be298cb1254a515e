using System.IO.Compression;
using Sourcewise.Diagnostics;

namespace Sourcewise.Documents.Contracts.Docx;

/// <summary>Checks a zip archive before a library opens it: too many entries, declared sizes over the limit, or
/// actual inflated sizes over the limit (a zip bomb that lies about its sizes) are refused. Inflation stops at the
/// limit, so neither time nor memory grows with the bomb.</summary>
internal static class ZipGuard
{
    private const int MaxEntries = 10_000;

    public static Diagnostic? Check(byte[] bytes, string source, long maxInflatedBytes, CancellationToken cancellationToken)
    {
        var where = new SourceLocation(source);
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
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    inflated += read;
                    if (inflated > maxInflatedBytes)
                    {
                        return Diagnostic.Error("zip-bomb",
                            $"inflates to more than {limit} (a zip bomb?); stopped reading", where);
                    }
                }
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
}
