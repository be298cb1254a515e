using Sourcewise.Contracts;
using YamlDotNet.RepresentationModel;

namespace Sourcewise.Train;

/// <summary>Runs the signal cases (<c>tests/Sourcewise.Core.Tests/Signals/Cases/*.yaml</c>) with the data in the
/// repository and lists the failures, as the test runner does, without a rebuild.</summary>
internal static class Cases
{
    public static int Run(string? filter, bool verbose, TextWriter output)
    {
        var corpus = Corpus.Locate();
        var folder = Path.Combine(corpus.Repository, "tests", "Sourcewise.Core.Tests", "Signals", "Cases");
        int passed = 0, failed = 0;
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            foreach (var node in ((YamlSequenceNode)root.Children[new YamlScalarNode("cases")]).Children.Cast<YamlMappingNode>())
            {
                string? Scalar(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;
                List<string> List(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlSequenceNode seq
                    ? [.. seq.Children.Cast<YamlScalarNode>().Select(c => c.Value!)]
                    : [];
                var id = Scalar("id")!;
                if (filter is not null && !id.Contains(filter, StringComparison.Ordinal) && !Path.GetFileName(path).Contains(filter, StringComparison.Ordinal))
                {
                    continue;
                }

                var lines = Scalar("text")!.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
                var text = new ContractText(id, "text",
                    [.. lines.Select((l, i) => (Line: l.TrimEnd(), N: i + 1)).Where(l => l.Line.Length > 0).Select(l => new ContractLine(null, l.N, l.Line))]);
                EngagementModel? claimed = EngagementModels.TryParse(Scalar("claimed"), out var m) ? m : null;
                var check = Data.Checker.Check(text, claimed);
                var found = check.Signals.Select(s => s.Id).ToHashSet();
                var findings = check.Findings.Select(f => f.Id).ToHashSet();
                var problems = new List<string>();
                problems.AddRange(List("signals").Where(s => !found.Contains(s)).Select(s => "missed " + s));
                problems.AddRange(List("notSignals").Where(found.Contains).Select(s => "FIRED " + s));
                if (Scalar("model") is { } model && check.Classification.ActualModelId != model)
                {
                    problems.Add($"model {check.Classification.ActualModelId} (expected {model})");
                }

                problems.AddRange(List("findings").Where(f => !findings.Contains(f)).Select(f => "no finding " + f));
                problems.AddRange(List("notFindings").Where(findings.Contains).Select(f => "FINDING " + f));
                if (problems.Count == 0)
                {
                    passed++;
                    continue;
                }

                failed++;
                output.WriteLine($"{Path.GetFileName(path)} {id}: {string.Join("; ", problems)}");
                if (verbose)
                {
                    output.WriteLine($"    note: {Scalar("note")}");
                    foreach (var l in lines.Where(l => l.Trim().Length > 0))
                    {
                        output.WriteLine($"    | {l}");
                    }

                    output.WriteLine($"    => {check.Classification.ActualModelId}: {check.Classification.Reason}");
                    foreach (var s in check.Signals)
                    {
                        output.WriteLine($"    => {s.Id} [{s.Evidence[0].Why}] line {s.Evidence[0].Line}");
                    }

                    foreach (var f in check.Findings)
                    {
                        output.WriteLine($"    => finding {f.Id}");
                    }
                }
            }
        }

        output.WriteLine($"{passed} passed, {failed} failed");
        return 0;
    }
}
