namespace Sourcewise.Core.Tests.Signals;

/// <summary>The lines of the shared CUAD contracts (<c>shared/corpus/cuad/full_contract_txt</c> next to the checkout),
/// real sentences to compare fast paths with slow ones; tests skip when the corpus is absent unless
/// <c>SOURCEWISE_REQUIRE_ALL=1</c>.</summary>
internal static class CorpusLines
{
    private static readonly Lazy<string[]?> Lines = new(Read);

    public static string[] Require()
    {
        var lines = Lines.Value;
        if (lines is null && Environment.GetEnvironmentVariable("SOURCEWISE_REQUIRE_ALL") == "1")
        {
            throw new InvalidOperationException("shared/corpus not found above the test directory (SOURCEWISE_REQUIRE_ALL=1)");
        }

        Skip.If(lines is null, "shared/corpus not found above the test directory");
        return lines!;
    }

    private static string[]? Read()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var contracts = Path.Combine(dir.FullName, "shared", "corpus", "cuad", "full_contract_txt");
            if (Directory.Exists(contracts))
            {
                return
                [
                    .. Directory.EnumerateFiles(contracts, "*.txt").Order(StringComparer.Ordinal)
                        .SelectMany(File.ReadLines)
                        .Select(l => l.Trim())
                        .Where(l => l.Length > 0),
                ];
            }
        }

        return null;
    }
}
