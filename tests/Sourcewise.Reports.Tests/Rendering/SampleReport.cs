using System.Collections.Immutable;
using ScottPlot;
using Sourcewise.Reports.Documents;

namespace Sourcewise.Reports.Tests.Rendering;

/// <summary>A hand-built report that uses every block kind, with a table long enough to break across pages.</summary>
internal static class SampleReport
{
    public static readonly DateOnly Date = new(2026, 11, 29);

    /// <summary>A small fixed SVG, so snapshots do not depend on the charting library's output.</summary>
    public const string TinySvg = """
        <?xml version="1.0" encoding="utf-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect x="0" y="0" width="400" height="100" fill="#eef"/><text x="10" y="50">cost</text></svg>
        """;

    public static ReportDocument Create(int longTableRows = 60, bool plotChart = true)
    {
        var (svg, png) = Chart();
        if (!plotChart)
        {
            svg = TinySvg;
        }

        var longRows = Enumerable.Range(1, longTableRows)
            .Select(i => (ImmutableArray<RichText>)[
                RichText.Plain($"Month {i}"),
                RichText.Plain($"{i * 1000:N0}"),
                RichText.Plain(i % 7 == 0 ? "A longer remark that has to wrap inside its narrow cell, so the row grows taller than the others." : "steady"),
            ])
            .ToImmutableArray();
        return new ReportDocument(
            "Decision record: Payroll provider integration",
            Date,
            [
                new ReportMetadataItem("Status", "Proposed"),
                new ReportMetadataItem("Date", "2026-11-29"),
                new ReportMetadataItem("Deciders", "CTO; Head of Procurement"),
                new ReportMetadataItem("Review by", "2027-05-29"),
            ],
            [
                new ReportSection("Context and question", [
                    new ParagraphBlock(RichText.Build().Text("How should we source ").Bold("Payroll provider integration")
                        .Text("? Special characters stay literal: a|b, *not bold*, <tag>, 5 > 3 & 2 < 4, `tick`, _under_.")),
                    new ParagraphBlock("- this line starts with a dash and 1. this is not a list"),
                    new NoteBlock("Close call", RichText.Plain("The margin is 0.4 points; treat the runner-up as a real option."), NoteKind.Warning),
                ], "context"),
                new ReportSection("Options considered", [
                    new SubheadingBlock("The three models"),
                    new TableBlock(
                        ["Dimension", "Staff augmentation", "Project outsourcing", "Managed services"],
                        [
                            [RichText.Plain("Control"), "Client sets tasks and priorities day to day", "Client defines scope; vendor runs delivery", "Provider runs the function inside SLA limits"],
                            [RichText.Plain("Accountability"), "Client's own leadership", "Vendor, for scope and acceptance criteria", "Provider, against measurable targets"],
                        ],
                        ColumnWeights: [1.2, 2, 2, 2],
                        Caption: "The models on two of the six dimensions",
                        FirstColumnIsHeader: true),
                    new BulletListBlock([
                        RichText.Build().Code("staff-augmentation").Text(": fits because leadership bandwidth is high."),
                        RichText.Build().Bold("Outsourcing").Text(" would fit a stable spec; this one changes weekly, so every change would reopen the scope, the timeline and the contract."),
                    ]),
                ], "options"),
                new ReportSection("Cost comparison", [
                    new ImageBlock("Cumulative cost per option over 24 months, p10 to p90 bands.", svg, png, 800, 450,
                        "Figure 1. Cumulative cost, p50 with p10–p90 band.", "decision-cost.svg"),
                    new TableBlock(["Month", "Cost (USD)", "Remark"], longRows, ColumnWeights: [1, 1, 3],
                        Caption: "Monthly figures", NumericColumns: [1]),
                ], "cost"),
                new ReportSection("Sign-off", [
                    new SignOffBlock(["Decision owner", "Finance partner", "Procurement"]),
                ], "sign-off"),
            ],
            Subject: "Sourcing decision for one workstream");
    }

    private static (string Svg, byte[] Png) Chart()
    {
        var plot = new Plot();
        plot.Add.Scatter(new double[] { 0, 1, 2, 3 }, new double[] { 0, 10, 25, 40 });
        plot.Title("Cumulative cost");
        return (plot.GetSvgXml(800, 450), plot.GetImageBytes(800, 450, ImageFormat.Png));
    }
}
