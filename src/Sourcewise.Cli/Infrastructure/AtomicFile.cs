namespace Sourcewise.Cli.Infrastructure;

/// <summary>Writes a file so that readers see either the old file or the whole new one: the bytes go to a temporary
/// file in the same directory, which is then moved over the target. A failure leaves no partial file.</summary>
internal static class AtomicFile
{
    public static bool TryWrite(string path, byte[] bytes, out string error)
    {
        error = "";
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            error = $"{path}: not a valid file path";
            return false;
        }

        var directory = Path.GetDirectoryName(full);
        if (directory is null || !Directory.Exists(directory))
        {
            error = $"{path}: the directory {directory} does not exist";
            return false;
        }

        if (Directory.Exists(full))
        {
            error = $"{path}: is a directory";
            return false;
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
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot write ({ex.Message})";
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do; the target was not touched.
            }

            return false;
        }
    }
}
