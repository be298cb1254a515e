using System.IO.Compression;

namespace Sourcewise.Reports.Rendering;

/// <summary>Rewrites a ZIP package (DOCX) with every entry's timestamp set to one fixed date and entries in their
/// original order, so that equal content gives equal bytes.</summary>
internal static class DeterministicZip
{
    public static byte[] Normalise(byte[] zip, DateTime timestamp)
    {
        // ZIP timestamps start at 1980; local time is what ZipArchive writes, so pass an unspecified kind.
        var stamp = new DateTimeOffset(DateTime.SpecifyKind(
            timestamp.Year < 1980 ? new DateTime(1980, 1, 1) : timestamp, DateTimeKind.Unspecified), TimeSpan.Zero);
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
