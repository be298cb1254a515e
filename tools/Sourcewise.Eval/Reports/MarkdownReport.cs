using System.Collections.Immutable;
using System.Text;
using Sourcewise.Eval.Figures;
using Sourcewise.Eval.Sentences;
using Sourcewise.Signals;
using static Sourcewise.Eval.Reports.Format;

namespace Sourcewise.Eval.Reports;

/// <summary>The Markdown report the README pastes: per split, the model figures, a confusion matrix, the per-signal
/// table and the sentence-level table (GFM tables, no raw HTML). Figures only: it lists no document.</summary>
internal static class MarkdownReport
{
    public static string Write(CheckEvaluation e, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(e);
        var md = new StringBuilder();
        md.Append("Documents checked: ").Append(e.Documents.Length).Append(" (").Append(e.Count(true)).Append(" scored), missing ")
            .Append(e.Missing.Length).Append(", unreadable ").Append(e.Failed.Length).Append(".\n");
        foreach (var input in options.Inputs)
        {
            md.Append('\n').Append(Escape(input)).Append("  ");
        }

        md.Append('\n');
        foreach (var split in e.Splits)
        {
            WriteSplit(md, split);
        }

        return md.ToString();
    }

    private static void WriteSplit(StringBuilder md, SplitFigures split)
    {
        var m = split.Models;
        // A bold line rather than a heading, so the report pastes under a heading of any level.
        md.Append("\n**").Append(SplitTitle(split.Split, m.Documents)).Append("**\n\n");
        md.Append("| model figure | value |\n|---|---:|\n");
        Row(md, "accuracy (answer among the manifest's acceptable labels)", Pct(m.Accuracy));
        Row(md, "strict accuracy (out-of-scope must be answered `not-an-engagement`)", Pct(m.StrictAccuracy));
        Row(md, $"services contracts ({m.ServicesDocuments}): answer acceptable", Pct(m.ServicesAccuracy));
        Row(md, $"services contracts ({m.ServicesDocuments}): model named exactly", Pct(m.ServicesNamed));
        Row(md, $"documents marked `scored` ({m.ScoredDocuments}): answer acceptable", Pct(m.ScoredAccuracy));
        Row(md, "answered `undetermined`", Pct(m.UndeterminedShare));

        md.Append("\n| answer | precision | strict precision | recall | predicted | labelled |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var s in m.Models)
        {
            md.Append("| `").Append(s.Name).Append("` | ").Append(Pct(s.Precision)).Append(" | ").Append(Pct(s.StrictPrecision)).Append(" | ")
                .Append(Pct(s.Recall)).Append(" | ").Append(s.Predicted).Append(" | ").Append(s.Labelled).Append(" |\n");
        }

        md.Append("\n| expected ↓ answered → |");
        foreach (var answer in m.Answers)
        {
            md.Append(" `").Append(answer).Append("` |");
        }

        md.Append("\n|---|").Append(string.Concat(m.Answers.Select(_ => "---:|"))).Append('\n');
        foreach (var (expected, row) in m.Confusion.OrderBy(p => m.Answers.IndexOf(p.Key) is var i && i >= 0 ? i : int.MaxValue))
        {
            md.Append("| `").Append(expected).Append("` |");
            foreach (var answer in m.Answers)
            {
                md.Append(' ').Append(row.GetValueOrDefault(answer)).Append(" |");
            }

            md.Append('\n');
        }

        if (!split.Signals.IsEmpty)
        {
            WriteSignals(md, split.Signals);
        }

        if (!split.Sentences.IsEmpty)
        {
            WriteSentences(md, split.Sentences);
        }
    }

    /// <summary>One row per signal, one group of columns per label source that has rows (project labels, CUAD,
    /// CUAD re-read); a proxy CUAD category is marked with an asterisk.</summary>
    private static void WriteSignals(StringBuilder md, ImmutableArray<CheckEvaluation.Score> signals)
    {
        var sources = new[] { ("labels", "project labels"), ("cuad", "CUAD"), ("cuad-relabels", "CUAD re-read") }
            .Where(s => signals.Any(r => r.Source == s.Item1)).ToList();
        md.Append("\n| signal (document level) |");
        foreach (var (_, title) in sources)
        {
            md.Append(' ').Append(title).Append(": precision | recall | F1 | TP/FP/FN |");
        }

        md.Append("\n|---|").Append(string.Concat(sources.Select(_ => "---:|---:|---:|---:|"))).Append('\n');
        foreach (var signal in signals.Select(s => s.Name).Distinct(StringComparer.Ordinal))
        {
            md.Append("| `").Append(signal).Append("` |");
            foreach (var (source, _) in sources)
            {
                if (signals.FirstOrDefault(r => r.Name == signal && r.Source == source) is { } r)
                {
                    var proxy = Against(r).EndsWith("(proxy)", StringComparison.Ordinal) ? "*" : string.Empty;
                    md.Append(' ').Append(Pct(r.Precision)).Append(proxy).Append(" | ").Append(Pct(r.Recall)).Append(proxy).Append(" | ")
                        .Append(Pct(r.F1)).Append(proxy).Append(" | ").Append(r.TruePositives).Append('/').Append(r.FalsePositives).Append('/')
                        .Append(r.FalseNegatives).Append(" |");
                }
                else
                {
                    md.Append(" | | | |");
                }
            }

            md.Append('\n');
        }

        var counts = sources.Select(s => (s.Item2, Documents: signals.Where(r => r.Source == s.Item1).Max(r => r.Judged + r.Uncertain)));
        md.Append("\nDocuments labelled: ").Append(string.Join("; ", counts.Select(c => $"{c.Item1} {c.Documents}")))
            .Append(signals.Any(r => Against(r).EndsWith("(proxy)", StringComparison.Ordinal))
                ? ". \\* CUAD's category is broader than the signal (a proxy: Renewal Term, Warranty Duration)." : ".")
            .Append('\n');
    }

    /// <summary>One row per signal, one group of columns per origin; the last row is over all signals.</summary>
    private static void WriteSentences(StringBuilder md, ImmutableArray<CheckEvaluation.Score> sentences)
    {
        var origins = SentenceSet.Origins.Where(o => sentences.Any(s => s.Source == o)).ToList();
        md.Append("\n| signal (sentence level) |");
        foreach (var origin in origins)
        {
            md.Append(' ').Append(origin).Append(": precision | recall | sentences |");
        }

        md.Append("\n|---|").Append(string.Concat(origins.Select(_ => "---:|---:|---:|"))).Append('\n');
        var names = sentences.Select(s => s.Name).Where(n => n != "*").Distinct(StringComparer.Ordinal)
            .OrderBy(n => SignalCatalogue.Default.SignalIds.ToList().IndexOf(n)).Append("*");
        foreach (var name in names)
        {
            md.Append(name == "*" ? "| **all signals** |" : $"| `{name}` |");
            foreach (var origin in origins)
            {
                if (sentences.FirstOrDefault(r => r.Name == name && r.Source == origin) is { } r)
                {
                    md.Append(' ').Append(Pct(r.Precision)).Append(" | ").Append(Pct(r.Recall)).Append(" | ").Append(r.Judged).Append(" |");
                }
                else
                {
                    md.Append(" | | |");
                }
            }

            md.Append('\n');
        }
    }

    private static void Row(StringBuilder md, string name, string value) =>
        md.Append("| ").Append(name).Append(" | ").Append(value).Append(" |\n");

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
