using System.Text;
using Sourcewise.Signals;

namespace Sourcewise.Reports.Checks;

/// <summary>Writes a proposal check as Markdown: claim against substance, findings first, then the signals by dimension.</summary>
public static class CheckMarkdownWriter
{
    /// <summary>One check as Markdown.</summary>
    public static string Write(ContractCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var md = new StringBuilder();
        Append(md, check, "#");
        return md.ToString();
    }

    /// <summary>A batch as Markdown: a summary table, then each document.</summary>
    public static string WriteBatch(IReadOnlyList<ContractCheck> checks, IReadOnlyList<(string Document, string Error)> errors)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(errors);
        var md = new StringBuilder();
        md.AppendLine("# Proposal check").AppendLine();
        md.AppendLine("| document | claimed | actual | findings |").AppendLine("|---|---|---|---|");
        foreach (var c in checks)
        {
            md.AppendLine($"| {Escape(c.Document)} | {c.Claim?.Model.ToId() ?? "–"} | {c.Classification.ActualModelId} | {string.Join(", ", c.Findings.Select(f => f.Id))} |");
        }

        foreach (var (document, error) in errors)
        {
            md.AppendLine($"| {Escape(document)} | – | not read | {Escape(error)} |");
        }

        md.AppendLine();
        foreach (var c in checks)
        {
            Append(md, c, "##");
        }

        return md.ToString();
    }

    private static void Append(StringBuilder md, ContractCheck check, string h)
    {
        md.AppendLine($"{h} Proposal check: {Escape(check.Document)}").AppendLine();
        var claim = check.Claim is { } c
            ? $"{c.Model.ToId()} ({(c.Source == ClaimSource.Document ? $"the document calls itself \"{c.Phrase}\"" : c.Source == ClaimSource.Option ? "given with --claimed" : "questionnaire")})"
            : "none stated";
        md.AppendLine($"- **Claims:** {claim}");
        md.AppendLine($"- **Actually describes:** {check.Classification.ActualModelId} — {Escape(check.Classification.Reason)}");
        md.AppendLine($"- **Scores:** {string.Join(", ", EngagementModels.All.Select(m => $"{m.ToId()} {check.Classification.Scores.GetValueOrDefault(m):0.#}"))}");
        md.AppendLine();
        md.AppendLine($"{h}# Findings").AppendLine();
        if (check.Findings.Length == 0)
        {
            md.AppendLine("None.").AppendLine();
        }

        foreach (var f in check.Findings)
        {
            md.AppendLine($"- **{f.Id}** ({CheckJsonWriter.SeverityId(f.Severity)}): {Escape(f.Message)}  ");
            md.AppendLine($"  *Ask the vendor:* {Escape(f.Ask)}");
            foreach (var e in f.Evidence)
            {
                md.AppendLine($"  > {Escape(e.Text)} ({Where(e)})");
            }
        }

        md.AppendLine();
        md.AppendLine($"{h}# Signals by dimension").AppendLine();
        foreach (var group in check.Signals.GroupBy(s => s.Definition.Dimension))
        {
            md.AppendLine($"**{group.Key}**").AppendLine();
            foreach (var s in group)
            {
                var towards = s.Definition.PrimaryModel?.ToId() ?? "exit";
                md.AppendLine($"- `{s.Id}` → {towards}, {CheckJsonWriter.StrengthId(s.Definition.Strength)} ({s.Occurrences}×)");
                foreach (var e in s.Evidence.Take(2))
                {
                    md.AppendLine($"  > {Escape(e.Text)} ({Where(e)})");
                }
            }

            md.AppendLine();
        }
    }

    /// <summary>page:line, or line.</summary>
    public static string Where(SignalEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.Page is { } p ? $"p. {p}:{evidence.Line}" : $"line {evidence.Line}";
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
