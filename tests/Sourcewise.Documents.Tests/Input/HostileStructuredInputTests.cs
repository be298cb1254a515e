using System.Diagnostics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Checks;
using Sourcewise.Documents.Input;
using Sourcewise.Documents.Portfolios;
using Sourcewise.Documents.Profiles;
using Sourcewise.Documents.Scenarios;

namespace Sourcewise.Documents.Tests.Input;

/// <summary>YAML that once escaped the parser as an exception, and YAML nested deep enough to overflow a recursive
/// reader: every YAML entry point (profile, questionnaire, portfolio, cost scenario) answers with one located error.</summary>
public sealed class HostileStructuredInputTests
{
    /// <summary>Every reader that takes YAML text, by name.</summary>
    private static readonly Dictionary<string, Func<string, string, IReadOnlyList<Diagnostic>?>> Readers = new()
    {
        ["profile"] = (text, name) => Errors(WorkProfileReader.ReadText(text, name)),
        ["questionnaire"] = (text, name) => Errors(QuestionnaireReader.ReadText(text, name)),
        ["scenario"] = (text, name) => Errors(CostScenarioReader.ReadText(text, name)),
        ["portfolio"] = (text, name) => Errors(PortfolioReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, "yaml")),
    };

    private static IReadOnlyList<Diagnostic>? Errors<T>(Result<T> result) => result.Success ? null : result.Diagnostics;

    public static TheoryData<string> ReaderNames() => [.. Readers.Keys];

    [Theory]
    [MemberData(nameof(ReaderNames))]
    public void An_unterminated_flow_mapping_before_a_directive_line_is_a_located_error(string reader)
    {
        // YamlDotNet's scanner threw InvalidOperationException here: a stack trace in the CLI, a 500 on the web.
        var errors = Readers[reader]("name: {a: 1\n%YAML 1.2\n", "in.yaml");

        var error = errors.ShouldNotBeNull().ShouldHaveSingleItem();
        error.Code.ShouldBe("malformed");
        error.ToString().ShouldStartWith("in.yaml:2:");
        error.ToString().ShouldContain("malformed YAML/JSON");
    }

    [Theory]
    [MemberData(nameof(ReaderNames))]
    public void Content_after_a_document_end_marker_is_a_located_error(string reader)
    {
        var errors = Readers[reader]("name: A\n... x\n", "in.yaml");

        var error = errors.ShouldNotBeNull().ShouldHaveSingleItem();
        error.Code.ShouldBe("malformed");
        error.Location!.Line.ShouldBe(2);
    }

    [Theory]
    [InlineData("name: {a: 1")]
    [InlineData("{a: 1, b")]
    [InlineData("name: [a, {b: 1")]
    [InlineData("- {%YAML 1.2\n? : ")]
    public void Broken_flow_collections_give_a_located_error(string text)
    {
        foreach (var (name, read) in Readers)
        {
            var error = read(text, "in.yaml").ShouldNotBeNull(name).ShouldHaveSingleItem(name);
            error.Location!.File.ShouldBe("in.yaml");
            error.Location.Line.ShouldNotBeNull(name);
        }
    }

    public static TheoryData<string, string> DeepDocuments() => new()
    {
        { "flow sequences", "name: " + new string('[', 100_000) + new string(']', 100_000) + "\n" },
        { "flow mappings", "name: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "1" + new string('}', 100_000) + "\n" },
        { "unclosed flow", "name: " + new string('[', 100_000) + "\n" },
        { "block sequences", string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n" },
        { "block mappings", string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + "a:\n")) + new string(' ', 2_000) + "x\n" },
    };

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public void Deep_nesting_is_refused_at_depth_64_without_recursing_further(string shape, string text)
    {
        foreach (var (name, read) in Readers)
        {
            var started = Stopwatch.StartNew();

            var error = read(text, "deep.yaml").ShouldNotBeNull($"{shape}, {name}").ShouldHaveSingleItem($"{shape}, {name}");

            error.Code.ShouldBe("too-deep", $"{shape}, {name}");
            error.ToString().ShouldStartWith("deep.yaml:");
            started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), $"{shape}, {name}");
        }
    }

    public static Arbitrary<string> YamlLike() =>
        Gen.ArrayOf(Gen.Elements("{", "}", "[", "]", ",", ":", " ", "a", "1", "\n", "? ", "- ", "\"", "'", "#", "&x ",
                "*x", "!t ", "  ", ": ", "|", ">", "...", "---", "%YAML 1.2\n", "%TAG ! x\n", "\t", "name"))
            .Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 2000, Arbitrary = [typeof(HostileStructuredInputTests)])]
    public bool YAML_fragments_never_throw(string text)
    {
        var result = StructuredInput.Parse(text, "f.yaml");
        return result.Success || result.Diagnostics.Count(d => d.IsError) == 1;
    }
}
