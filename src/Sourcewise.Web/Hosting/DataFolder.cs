namespace Sourcewise.Web.Hosting;

/// <summary>The user's data folder for Sourcewise: <c>$XDG_DATA_HOME/sourcewise</c>, else the platform's local
/// application data folder (<c>~/.local/share/sourcewise</c> on Linux).</summary>
internal static class DataFolder
{
    public static string Path
    {
        get
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            var root = !string.IsNullOrWhiteSpace(xdg) && System.IO.Path.IsPathRooted(xdg)
                ? xdg
                : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            if (string.IsNullOrEmpty(root))
            {
                root = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
            }

            return System.IO.Path.Combine(root, "sourcewise");
        }
    }

    public static string DefaultDatabase => System.IO.Path.Combine(Path, "sourcewise.db");
}
