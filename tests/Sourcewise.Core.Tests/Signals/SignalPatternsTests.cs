using System.Text.RegularExpressions;
using Sourcewise.Signals;

namespace Sourcewise.Core.Tests.Signals;

public sealed class SignalPatternsTests
{
    [Fact]
    public void The_generated_regexes_are_those_of_the_shipped_catalogue()
    {
        var path = Path.Combine(RepositoryRoot(), SignalPatternsSource.RelativePath);
        var expected = SignalPatternsSource.Generate(SignalCatalogue.Default);
        if (Environment.GetEnvironmentVariable("SOURCEWISE_UPDATE_GENERATED") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.ReadAllText(path).ShouldBe(expected,
            $"{SignalPatternsSource.RelativePath} is stale; refresh it with: {SignalPatternsSource.RefreshCommand}");
    }

    [Fact]
    public void Every_regex_of_the_shipped_catalogue_is_compiled_at_build_time()
    {
        foreach (var pattern in SignalPatternsSource.Patterns(SignalCatalogue.Default))
        {
            SignalPatterns.TryGet(pattern, out var regex).ShouldBeTrue(pattern);
            regex.ToString().ShouldBe(pattern);
            regex.Options.ShouldBe(SignalPatterns.Options);
            regex.MatchTimeout.ShouldBe(Regex.InfiniteMatchTimeout);
        }

        SignalCatalogue.Default.Rules.ShouldAllBe(r => r.IsGenerated);
    }

    [Fact]
    public void A_pattern_of_another_catalogue_is_not_found()
    {
        SignalPatterns.TryGet(@"\bnot\s+in\s+the\s+catalogue\b", out _).ShouldBeFalse();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sourcewise.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Sourcewise.slnx not found above the test output.");
    }
}
