using Sourcewise.Web.Hosting;

namespace Sourcewise.Web.Storage;

/// <summary>Keeps a SQLite database readable by its owner only. The database file is created empty with mode 0600
/// before SQLite opens it (SQLite gives the <c>-wal</c> and <c>-shm</c> files the database's mode), an existing
/// database and its <c>-wal</c>/<c>-shm</c>/<c>-journal</c> lose any group and other bits, and a folder made for the
/// database is 0700. The app's own data folder is made 0700 even if it existed; a folder the user chose and that
/// already existed is left as it is (it may be shared for other reasons).</summary>
internal static class SqliteFiles
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode GroupAndOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                                               | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private static readonly string[] Companions = ["-wal", "-shm", "-journal"];

    /// <summary>Prepares <paramref name="databasePath"/> (a full path) as described above.</summary>
    public static void Secure(string databasePath)
    {
        var folder = Path.GetDirectoryName(databasePath);
        if (OperatingSystem.IsWindows())
        {
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            return;
        }

        if (!string.IsNullOrEmpty(folder))
        {
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder, OwnerOnlyFolder);
            }
            else if (string.Equals(Path.GetFullPath(folder).TrimEnd('/'), Path.GetFullPath(DataFolder.Path).TrimEnd('/'), StringComparison.Ordinal))
            {
                Tighten(folder);
            }
        }

        if (!File.Exists(databasePath))
        {
            using (new FileStream(databasePath, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = OwnerOnlyFile,
            }))
            {
            }
        }

        foreach (var file in Companions.Select(c => databasePath + c).Prepend(databasePath).Where(File.Exists))
        {
            Tighten(file);
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void Tighten(string path)
    {
        var mode = File.GetUnixFileMode(path);
        if ((mode & GroupAndOther) != 0)
        {
            File.SetUnixFileMode(path, mode & ~GroupAndOther);
        }
    }
}
