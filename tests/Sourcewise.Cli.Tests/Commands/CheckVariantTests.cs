using System.Text.Json;
using Sourcewise.Cli.Infrastructure;

namespace Sourcewise.Cli.Tests.Commands;

/// <summary>Edited variants of Common Paper, Bonterms and CUAD agreements (Data/variants, see its SOURCE.md) whose
/// clauses were changed to flip or blur the engagement model: the check must read the model from the clauses, not
/// from the title, and give the findings of signals.md. Expectations are in Data/variants/manifest.json.</summary>
public sealed class CheckVariantTests
{
    private static readonly string Folder = Path.Combine(CliRun.RepositoryRoot, "tests", "Sourcewise.Cli.Tests", "Data", "variants");

    public static TheoryData<string> Variants()
    {
        var data = new TheoryData<string>();
        foreach (var variant in Manifest().Where(v => !v.TryGetProperty("knownGap", out _)))
        {
            data.Add(variant.GetProperty("file").GetString()!);
        }

        return data;
    }

    /// <summary>Variants marked <c>knownGap</c> in the manifest, with the reason: the check does not read them right yet.</summary>
    public static TheoryData<string> KnownGaps()
    {
        var data = new TheoryData<string>();
        foreach (var variant in Manifest().Where(v => v.TryGetProperty("knownGap", out _)))
        {
            data.Add(variant.GetProperty("file").GetString()!);
        }

        return data;
    }

    /// <summary>A known gap stays listed until it closes: this fails once the variant gives its expected answer, so
    /// that the mark is removed.</summary>
    [Theory]
    [MemberData(nameof(KnownGaps))]
    public async Task A_known_gap_variant_is_still_a_gap(string file)
    {
        var variant = Manifest().Single(v => v.GetProperty("file").GetString() == file);
        variant.GetProperty("knownGap").GetString().ShouldNotBeNullOrWhiteSpace();
        var args = new List<string> { "check", Path.Combine(Folder, file), "--format", "json" };
        if (variant.GetProperty("claimedOption").GetString() is { } claimed)
        {
            args.AddRange(["--claimed", claimed]);
        }

        var output = new StringWriter();
        (await SourcewiseCli.RunAsync([.. args], CliEnvironment.ForWriters(output, new StringWriter()))).ShouldBe(0);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        var findings = root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).Distinct().Order(StringComparer.Ordinal);
        var expected = variant.GetProperty("expectedFindings").EnumerateArray().Select(f => f.GetString()!).Order(StringComparer.Ordinal);
        var asExpected = root.GetProperty("claimedModel").GetString() == variant.GetProperty("expectedClaimed").GetString()
            && root.GetProperty("actualModel").GetString() == variant.GetProperty("expectedActual").GetString()
            && findings.SequenceEqual(expected);
        asExpected.ShouldBeFalse($"{file} now gives its expected answer: remove its knownGap");
    }

    private static IEnumerable<JsonElement> Manifest()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")));
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task A_variant_gives_its_expected_models_and_findings(string file)
    {
        // Given
        var variant = Manifest().Single(v => v.GetProperty("file").GetString() == file);
        var args = new List<string> { "check", Path.Combine(Folder, file), "--format", "json" };
        if (variant.GetProperty("claimedOption").GetString() is { } claimed)
        {
            args.AddRange(["--claimed", claimed]);
        }

        // When
        var output = new StringWriter();
        var exit = await SourcewiseCli.RunAsync([.. args], CliEnvironment.ForWriters(output, new StringWriter()));

        // Then
        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        var signals = string.Join(", ", root.GetProperty("signals").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var why = $"{file}: {root.GetProperty("reason").GetString()}; signals {signals}";
        root.GetProperty("claimedModel").GetString().ShouldBe(variant.GetProperty("expectedClaimed").GetString(), why);
        root.GetProperty("actualModel").GetString().ShouldBe(variant.GetProperty("expectedActual").GetString(), why);
        var findings = root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).Distinct().Order(StringComparer.Ordinal);
        var expected = variant.GetProperty("expectedFindings").EnumerateArray().Select(f => f.GetString()!).Order(StringComparer.Ordinal);
        findings.ShouldBe(expected, why);
    }

    [Fact]
    public void Every_mislabel_rule_and_missing_term_is_exercised_by_some_variant()
    {
        var expected = Manifest().SelectMany(v => v.GetProperty("expectedFindings").EnumerateArray().Select(f => f.GetString())).ToHashSet();
        string[] all =
        [
            "mislabeled-managed-services", "mislabeled-staff-augmentation", "mislabeled-project-outsourcing",
            "project-is-managed-service", "model-undetermined", "missing-sla-targets", "missing-service-credits",
            "missing-acceptance-criteria", "missing-change-control", "missing-ip-assignment", "missing-exit-plan",
        ];
        all.Where(id => !expected.Contains(id)).ShouldBeEmpty();
    }
}
