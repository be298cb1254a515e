using System.Text;
using Sourcewise.Eval.Figures;
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
        md.Append("\n### ").Append(SplitTitle(split.Split, m.Documents)).Append("\n\n");
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
            md.Append("\n| signal | against | precision | recall | F1 | TP | FP | FN | documents |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
            foreach (var s in split.Signals)
            {
                md.Append("| `").Append(s.Name).Append("` | ").Append(Against(s)).Append(" | ").Append(Pct(s.Precision)).Append(" | ")
                    .Append(Pct(s.Recall)).Append(" | ").Append(Pct(s.F1)).Append(" | ").Append(s.TruePositives).Append(" | ")
                    .Append(s.FalsePositives).Append(" | ").Append(s.FalseNegatives).Append(" | ").Append(s.Judged).Append(" |\n");
            }
        }

        if (!split.Sentences.IsEmpty)
        {
            md.Append("\n| origin | signal (sentence level) | precision | recall | F1 | TP | FP | FN | sentences |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
            foreach (var s in split.Sentences)
            {
                md.Append("| ").Append(s.Source).Append(" | ").Append(s.Name == "*" ? "**all signals**" : $"`{s.Name}`").Append(" | ")
                    .Append(Pct(s.Precision)).Append(" | ").Append(Pct(s.Recall)).Append(" | ").Append(Pct(s.F1)).Append(" | ")
                    .Append(s.TruePositives).Append(" | ").Append(s.FalsePositives).Append(" | ").Append(s.FalseNegatives).Append(" | ")
                    .Append(s.Judged).Append(" |\n");
            }
        }
    }

    private static void Row(StringBuilder md, string name, string value) =>
        md.Append("| ").Append(name).Append(" | ").Append(value).Append(" |\n");

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
