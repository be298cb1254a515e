namespace Sourcewise.Reports.Tests;

internal static class RendererTestSupport
{
    /// <summary>Whether tests that need external binaries must run instead of skipping.</summary>
    public static bool RequireAll => Environment.GetEnvironmentVariable("SOURCEWISE_REQUIRE_ALL") == "1";

    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
