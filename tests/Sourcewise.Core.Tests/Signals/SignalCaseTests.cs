using System.Text;
using Sourcewise.Contracts;
using Sourcewise.Signals;

namespace Sourcewise.Core.Tests.Signals;

/// <summary>Runs every case of <c>Signals/Cases/*.yaml</c>: paraphrases, look-alikes, scope, pricing, parties,
/// service levels, documents that are not engagements, and mini-contracts with their findings. One test per case;
/// a failure lists what the check found, with the evidence and why each signal fired.</summary>
public sealed class SignalCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in SignalCase.All.Where(c => c.KnownGap is null))
        {
            data.Add(c.Id);
        }

        return data;
    }

    /// <summary>The cases marked <c>knownGap</c> in the YAML, with the reason: the check does not read them right yet.</summary>
    public static TheoryData<string> KnownGaps()
    {
        var data = new TheoryData<string>();
        foreach (var c in SignalCase.All.Where(c => c.KnownGap is not null))
        {
            data.Add(c.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_case_reads_as_a_careful_reader_expects(string id)
    {
        var c = SignalCase.All.Single(x => x.Id == id);
        Problems(c, out var check).ShouldBeEmpty(Explain(c, check));
    }

    /// <summary>A known gap is listed as such, and stays a gap: when the check starts reading the case right, this
    /// fails so that the <c>knownGap</c> mark is removed and the case joins the ones that must pass.</summary>
    [Theory]
    [MemberData(nameof(KnownGaps))]
    public void A_known_gap_is_still_a_gap(string id)
    {
        var c = SignalCase.All.Single(x => x.Id == id);
        c.KnownGap.ShouldNotBeNullOrWhiteSpace();
        Problems(c, out _).ShouldNotBeEmpty($"case {id} now reads as expected: remove its knownGap ({c.KnownGap})");
    }

    private static List<string> Problems(SignalCase c, out ContractCheck check)
    {
        // Given
        var text = AsPlainText(c);
        EngagementModel? claimed = EngagementModels.TryParse(c.Claimed, out var m) ? m : null;

        // When
        check = ContractChecker.Default.Check(text, claimed);

        // Then
        var found = check.Signals.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var findings = check.Findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        problems.AddRange(c.Signals.Where(s => !found.Contains(s)).Select(s => $"missed signal {s}"));
        problems.AddRange(c.NotSignals.Where(found.Contains).Select(s => $"fired signal {s}, which must not fire"));
        if (c.Model is { } model && check.Classification.ActualModelId != model)
        {
            problems.Add($"model {check.Classification.ActualModelId}, expected {model}");
        }

        problems.AddRange(c.Findings.Where(f => !findings.Contains(f)).Select(f => $"missing finding {f}"));
        problems.AddRange(c.NotFindings.Where(findings.Contains).Select(f => $"finding {f}, which must not be there"));
        return problems;
    }

    [Fact]
    public void The_case_files_hold_cases_and_ids_are_unique()
    {
        SignalCase.All.Length.ShouldBeGreaterThanOrEqualTo(60);
        SignalCase.All.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
        var ids = SignalCatalogue.Default.SignalIds.ToHashSet(StringComparer.Ordinal);
        SignalCase.All.SelectMany(c => c.Signals.Concat(c.NotSignals)).Where(s => !ids.Contains(s)).ShouldBeEmpty();
    }

    /// <summary>The case's text as the plain-text reader gives it: one line per non-blank source line, numbered as in
    /// the text.</summary>
    internal static ContractText AsPlainText(SignalCase c)
    {
        var lines = c.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return new ContractText($"{c.File}#{c.Id}", "text",
        [
            .. lines.Select((line, i) => (Line: line.TrimEnd(), Number: i + 1))
                .Where(l => l.Line.Length > 0)
                .Select(l => new ContractLine(null, l.Number, l.Line)),
        ]);
    }

    private static string Explain(SignalCase c, ContractCheck check)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{c.File} {c.Id} ({c.Kind}): {c.Note}");
        sb.AppendLine($"  model {check.Classification.ActualModelId}: {check.Classification.Reason}");
        foreach (var s in check.Signals)
        {
            var e = s.Evidence[0];
            sb.AppendLine($"  signal {s.Id}: line {e.Line} [{e.Why}] \"{e.Text}\"");
        }

        foreach (var f in check.Findings)
        {
            sb.AppendLine($"  finding {f.Id}: {f.Message}");
        }

        return sb.ToString();
    }
}
