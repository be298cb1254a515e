using System.Text.RegularExpressions;

namespace Sourcewise.Reports.Tests;

internal static partial class RendererTestSupport
{
    /// <summary>An HTML document with its stylesheet's rules left out, for snapshots of what it says rather than of
    /// how it is styled (a style change should not rewrite every snapshot). Fails if there is no stylesheet.</summary>
    public static string WithoutStylesheet(string html)
    {
        StyleBlock().IsMatch(html).ShouldBeTrue("the document has no <style> block");
        return StyleBlock().Replace(html, "<style>/* the stylesheet: not part of this snapshot */</style>");
    }

    [GeneratedRegex(@"<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    /// <summary>Whether tests that need external binaries must run instead of skipping.</summary>
    public static bool RequireAll => Environment.GetEnvironmentVariable("SOURCEWISE_REQUIRE_ALL") == "1";

    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
