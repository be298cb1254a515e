namespace Sourcewise.Documents.Tests.Contracts;

/// <summary>Finds the shared contract corpus (<c>shared/corpus</c> next to the checkout) by walking up from the test
/// assembly; tests skip when it is absent unless <c>SOURCEWISE_REQUIRE_ALL=1</c>.</summary>
internal static class Corpus
{
    private static readonly Lazy<string?> Root = new(Find);

    public static string? Directory => Root.Value;

    /// <summary>The corpus directory, or skips the test (fails when SOURCEWISE_REQUIRE_ALL=1).</summary>
    public static string Require()
    {
        var root = Root.Value;
        if (root is null && Environment.GetEnvironmentVariable("SOURCEWISE_REQUIRE_ALL") == "1")
        {
            throw new InvalidOperationException("shared/corpus not found above the test directory (SOURCEWISE_REQUIRE_ALL=1)");
        }

        Skip.If(root is null, "shared/corpus not found above the test directory");
        return root!;
    }

    public static string File(string relative) => Path.Combine(Require(), relative);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
