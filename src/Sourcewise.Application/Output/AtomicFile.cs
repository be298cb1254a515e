using Sourcewise.Diagnostics;

namespace Sourcewise.Application.Output;

/// <summary>The one way Sourcewise writes a file: the bytes go to a hidden temporary file in the same directory, which
/// is then moved over the target, so readers see either the old file or the whole new one. A failure leaves no partial
/// file and no temporary file behind.</summary>
/// <threadsafety>All members are thread-safe (each write uses its own temporary name).</threadsafety>
public static class AtomicFile
{
    /// <summary>Writes a file. Returns <c>null</c> on success, else why it could not be written (without the path),
    /// e.g. <c>the directory /x does not exist</c>.</summary>
    /// <param name="path">The target path as the user gave it.</param>
    /// <param name="bytes">The whole content.</param>
    public static string? TryWrite(string path, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return "not a valid file path";
        }

        var directory = Path.GetDirectoryName(full);
        if (directory is null || !Directory.Exists(directory))
        {
            return $"the directory {directory} does not exist";
        }

        if (Directory.Exists(full))
        {
            return "is a directory";
        }

        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do; the target was not touched.
            }

            return $"cannot write ({ex.Message})";
        }
    }

    /// <summary>Writes a file, giving a diagnostic that names it when it cannot be written.</summary>
    /// <param name="path">The target path as the user gave it.</param>
    /// <param name="bytes">The whole content.</param>
    public static Diagnostic? Write(string path, ReadOnlySpan<byte> bytes) =>
        TryWrite(path, bytes) is { } reason
            ? Diagnostic.Error("cannot-write", reason, new SourceLocation(path))
            : null;
}
