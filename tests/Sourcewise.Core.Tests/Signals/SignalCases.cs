using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Sourcewise.Core.Tests.Signals;

/// <summary>One case of <c>Signals/Cases/*.yaml</c> (schema in <c>Cases/README.md</c>): a small document with the
/// signals, model and findings a careful reader expects.</summary>
public sealed record SignalCase(
    string Id,
    string File,
    string Kind,
    string Note,
    string Text,
    string? Claimed,
    ImmutableArray<string> Signals,
    ImmutableArray<string> NotSignals,
    string? Model,
    ImmutableArray<string> Findings,
    ImmutableArray<string> NotFindings,
    string? KnownGap = null)
{
    /// <summary>The folder of the case files, found by walking up from the test binaries to the repository.</summary>
    public static string Folder { get; } = FindFolder();

    private static readonly Lazy<ImmutableArray<SignalCase>> LazyAll = new(Load);

    /// <summary>Every case of every file, in file and case order.</summary>
    public static ImmutableArray<SignalCase> All => LazyAll.Value;

    private static string FindFolder()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var folder = Path.Combine(d.FullName, "tests", "Sourcewise.Core.Tests", "Signals", "Cases");
            if (Directory.Exists(folder))
            {
                return folder;
            }
        }

        throw new DirectoryNotFoundException("tests/Sourcewise.Core.Tests/Signals/Cases not found above the test binaries");
    }

    private static ImmutableArray<SignalCase> Load()
    {
        var cases = ImmutableArray.CreateBuilder<SignalCase>();
        foreach (var path in Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            var file = Path.GetFileName(path);
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            foreach (var node in ((YamlSequenceNode)root.Children[new YamlScalarNode("cases")]).Children.Cast<YamlMappingNode>())
            {
                string? Scalar(string key) =>
                    node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;
                ImmutableArray<string> List(string key) =>
                    node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlSequenceNode seq
                        ? [.. seq.Children.Cast<YamlScalarNode>().Select(c => c.Value!)]
                        : [];
                var id = Scalar("id") ?? throw new InvalidDataException($"{file}: a case has no id");
                cases.Add(new SignalCase(id, file, Scalar("kind") ?? string.Empty, Scalar("note") ?? string.Empty,
                    Scalar("text") ?? throw new InvalidDataException($"{file}: case {id} has no text"),
                    Scalar("claimed"), List("signals"), List("notSignals"), Scalar("model"), List("findings"), List("notFindings"), Scalar("knownGap")));
            }
        }

        return cases.ToImmutable();
    }

    public override string ToString() => Id;
}
