using Snapshooter.Xunit;
using Sourcewise.Reports.Decisions;
using Sourcewise.Reports.Documents;
using Sourcewise.Reports.Rendering;

namespace Sourcewise.Reports.Tests.Decisions;

public sealed class DecisionRecordBuilderTests
{
    private static IEnumerable<string> Titles(ReportDocument d) => d.Sections.Select(s => s.Title);

    [Fact]
    public void A_full_record_has_the_decision_record_sections_in_order()
    {
        var document = DecisionRecordBuilder.Build(DecisionSamples.Request(withCost: true, withContract: true));

        Titles(document).ShouldBe([
            "Context and question", "Decision drivers", "Options considered", "Decision", "Confidence and unknowns",
            "What would change the decision", "Mistakes", "Cost comparison", "Contract check",
            "Risks and knowledge retention", "Consequences", "Review", "Sign-off",
        ]);
        document.Title.ShouldBe("Sourcing decision: Search relevance");
        document.Metadata.Select(m => (m.Label, m.Value)).ShouldBe([
            ("Status", "proposed"), ("Date", "2026-11-29"), ("Decided by", "Dana Reyes (CTO), Sam Okafor (Finance)"),
            ("Decision", "Staff augmentation"), ("Review by", "2027-05-29"),
        ]);
    }

    [Fact]
    public void Without_cost_or_contract_those_sections_are_left_out()
    {
        var document = DecisionRecordBuilder.Build(DecisionSamples.Request());

        Titles(document).ShouldNotContain("Cost comparison");
        Titles(document).ShouldNotContain("Contract check");
    }

    [Fact]
    public void The_review_date_defaults_to_six_months_and_follows_review_months_or_an_explicit_date()
    {
        var request = DecisionSamples.Request();

        request.EffectiveReviewBy.ShouldBe(new DateOnly(2027, 5, 29));
        (request with { ReviewMonths = 3 }).EffectiveReviewBy.ShouldBe(new DateOnly(2027, 2, 28));
        (request with { ReviewBy = new DateOnly(2027, 1, 15) }).EffectiveReviewBy.ShouldBe(new DateOnly(2027, 1, 15));
    }

    [Fact]
    public void A_close_call_says_so_and_does_not_claim_a_choice()
    {
        var document = DecisionRecordBuilder.Build(DecisionSamples.Request(closeCall: true));
        var markdown = MarkdownReportRenderer.Render(document);

        markdown.ShouldContain("> **Close call.** Staff augmentation leads Project outsourcing by only 0.4 points.");
        markdown.ShouldNotContain("Chosen option:");
        document.Metadata.Single(m => m.Label == "Decision").Value.ShouldBe("Close call: Staff augmentation or Project outsourcing");
    }

    [Fact]
    public void The_reasons_come_from_the_chosen_models_contributions_strongest_first()
    {
        var markdown = MarkdownReportRenderer.Render(DecisionRecordBuilder.Build(DecisionSamples.Request()));
        var because = markdown[markdown.IndexOf("### Because", StringComparison.Ordinal)..];
        because = because[..because.IndexOf("###", 5, StringComparison.Ordinal)];

        because.IndexOf("Requirement volatility** (+3.0)", StringComparison.Ordinal)
            .ShouldBeLessThan(because.IndexOf("Differentiating** (+2.0)", StringComparison.Ordinal));
        because.ShouldContain("Skill gap** (+1.5): A specialised skill is missing in-house.");
        because.ShouldNotContain("Every change would reopen scope");
    }

    [Fact]
    public void Tipping_points_and_unknowns_are_listed_with_their_values_and_questions()
    {
        var markdown = MarkdownReportRenderer.Render(DecisionRecordBuilder.Build(DecisionSamples.Request()));

        markdown.ShouldContain("| Leadership bandwidth | `medium` | `none` | Project outsourcing |");
        markdown.ShouldContain("| Requirement volatility | `high` | `low` | a close call |");
        markdown.ShouldContain("- **IP sensitivity**: ");
    }

    [Fact]
    public void Present_mistakes_are_flagged_and_the_others_listed_as_avoided()
    {
        var markdown = MarkdownReportRenderer.Render(DecisionRecordBuilder.Build(DecisionSamples.Request(withContract: true)));

        markdown.ShouldContain("> **Warning.** Project outsourcing is on the table for core work with high requirement volatility. `outsourcing-core-under-uncertainty`");
        markdown.ShouldContain("> **Mistake.** The contract (acme-sow.pdf) describes Staff augmentation, not Project outsourcing.");
        var avoided = markdown[markdown.IndexOf("### Mistakes avoided", StringComparison.Ordinal)..];
        avoided.ShouldContain("`augmentation-without-leadership`");
        avoided[..avoided.IndexOf("##", 5, StringComparison.Ordinal)].ShouldNotContain("`outsourcing-core-under-uncertainty`");
    }

    [Fact]
    public void The_contract_check_quotes_evidence_by_page_and_line()
    {
        var markdown = MarkdownReportRenderer.Render(DecisionRecordBuilder.Build(DecisionSamples.Request(withContract: true)));

        markdown.ShouldContain("(p. 2, line 14)");
        markdown.ShouldContain("| warning | No acceptance criteria for the deliverables. `missing-acceptance-criteria` | not found in the document |");
    }

    [Fact]
    public void The_cost_section_has_the_percentile_table_and_the_chart()
    {
        var document = DecisionRecordBuilder.Build(DecisionSamples.Request(withCost: true));
        var cost = document.Sections.Single(s => s.Id == "cost");

        var table = cost.Blocks.OfType<TableBlock>().Single();
        table.Header.ShouldBe(["Option", "p10", "p50", "p90", "Mean", "Cheapest in"]);
        table.Rows[0].Select(c => c.PlainText).ShouldBe(["Staff augmentation", "1,390,000", "1,420,000", "1,460,000", "1,421,000", "62%"]);
        cost.Blocks.OfType<ImageBlock>().Single().AltText.ShouldContain("Staff augmentation median USD 1,420,000");
    }

    [Fact]
    public void The_knowledge_plan_follows_the_chosen_model()
    {
        var markdown = MarkdownReportRenderer.Render(DecisionRecordBuilder.Build(DecisionSamples.Request()));

        markdown.ShouldContain("Augmentation keeps context in-house after a contractor leaves");
        markdown.ShouldContain("Pair each external engineer with an employee on the same code");
    }

    [Fact]
    public void The_full_record_renders_to_the_expected_markdown()
    {
        var markdown = MarkdownReportRenderer.Render(DecisionRecordBuilder.Build(DecisionSamples.Request(withCost: true, withContract: true)));
        Snapshot.Match(markdown);
    }

    [Fact]
    public void The_full_record_renders_to_the_expected_html()
    {
        var html = HtmlReportRenderer.Render(DecisionRecordBuilder.Build(DecisionSamples.Request(withCost: true, withContract: true)));
        Snapshot.Match(RendererTestSupport.WithoutStylesheet(html));
    }
}
