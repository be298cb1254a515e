namespace Sourcewise.Eval.Tests;

/// <summary>Finds <c>shared/corpus</c> by walking up from the test directory; skips when absent unless
/// <c>SOURCEWISE_REQUIRE_ALL=1</c>.</summary>
internal static class CorpusLocator
{
    private static readonly Lazy<string?> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    });

    public static string Require()
    {
        if (Root.Value is null && Environment.GetEnvironmentVariable("SOURCEWISE_REQUIRE_ALL") == "1")
        {
            throw new InvalidOperationException("shared/corpus not found above the test directory (SOURCEWISE_REQUIRE_ALL=1)");
        }

        Skip.If(Root.Value is null, "shared/corpus not found above the test directory");
        return Root.Value!;
    }

    public static string File(string relative) => Path.Combine(Require(), relative);
}
