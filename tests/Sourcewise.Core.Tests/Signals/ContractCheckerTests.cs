using System.Collections.Immutable;
using Sourcewise.Contracts;
using Sourcewise.Signals;

namespace Sourcewise.Core.Tests.Signals;

public sealed class ContractCheckerTests
{
    private static ContractCheck Check(EngagementModel? claimed, params string[] yes)
    {
        var answers = SignalCatalogue.Default.SignalIds.ToImmutableDictionary(id => id,
            id => yes.Contains(id) ? SignalAnswer.Yes : SignalAnswer.No);
        foreach (var id in yes)
        {
            SignalCatalogue.Default.TryGetSignal(id, out _).ShouldBeTrue(id);
        }

        return ContractChecker.Default.Check(new QuestionnaireAnswers("answers.yaml", null, claimed, answers,
            ImmutableDictionary<string, int>.Empty));
    }

    private static IEnumerable<string> Ids(ContractCheck check) => check.Findings.Select(f => f.Id);

    [Fact]
    public void SLA_targets_credits_and_a_recurring_fee_describe_managed_services()
    {
        var check = Check(EngagementModel.ManagedServices, "sla-targets", "service-credits", "recurring-unit-fee", "termination-assistance");
        check.ActualModel.ShouldBe(EngagementModel.ManagedServices);
        check.Findings.ShouldBeEmpty();
        check.IsMismatch.ShouldBeFalse();
    }

    [Fact]
    public void Client_reassignment_against_vendor_controlled_staffing_is_undetermined_and_names_both()
    {
        var check = Check(null, "client-reassigns-staff", "vendor-controls-staffing", "knowledge-transfer");
        check.ActualModel.ShouldBeNull();
        check.Classification.ConflictingSignals.ShouldBe(["client-reassigns-staff", "vendor-controls-staffing"], ignoreOrder: true);
        var finding = check.Findings.Single(f => f.Id == "model-undetermined");
        finding.Severity.ShouldBe(FindingSeverity.Warning);
        finding.Signals.ShouldContain("client-reassigns-staff");
    }

    /// <summary>Known gap since the dimension-vote decision: control and staffing (three signals) outvote
    /// accountability (three signals), so staff-augmentation is named where a careful reader says undetermined. Fails
    /// once the gap closes.</summary>
    [Fact]
    public void Known_gap_per_head_pricing_with_direction_against_fixed_price_with_acceptance_is_named()
    {
        var check = Check(null, "per-head-pricing", "named-individuals", "client-directs-work",
            "fixed-price-deliverables", "acceptance-criteria", "vendor-fixes-defects");
        check.ActualModel.ShouldBe(EngagementModel.StaffAugmentation, "the gap closed: expect undetermined with the conflict named");
    }

    [Fact]
    public void No_signals_is_undetermined_with_an_info_finding()
    {
        var check = Check(null);
        check.ActualModel.ShouldBeNull();
        check.Findings.Single(f => f.Id == "model-undetermined").Severity.ShouldBe(FindingSeverity.Info);
    }

    [Fact]
    public void Claimed_managed_services_priced_per_head_without_SLA_credits_is_mislabeled()
    {
        var check = Check(EngagementModel.ManagedServices, "per-head-pricing", "ongoing-operations", "recurring-unit-fee");
        var finding = check.Findings.Single(f => f.Id == "mislabeled-managed-services");
        finding.Severity.ShouldBe(FindingSeverity.Error);
        finding.Signals.ShouldContain("per-head-pricing");
        finding.Ask.ShouldNotBeNullOrWhiteSpace();
        check.IsMismatch.ShouldBeTrue();
    }

    [Fact]
    public void Claimed_managed_services_where_the_client_directs_the_work_is_mislabeled_even_with_SLA_credits()
    {
        var check = Check(EngagementModel.ManagedServices, "sla-targets", "service-credits", "client-directs-work");
        Ids(check).ShouldContain("mislabeled-managed-services");
    }

    [Fact]
    public void Claimed_managed_services_with_SLA_credits_and_per_head_pricing_is_not_mislabeled()
    {
        var check = Check(EngagementModel.ManagedServices, "sla-targets", "service-credits", "per-head-pricing", "recurring-unit-fee");
        Ids(check).ShouldNotContain("mislabeled-managed-services");
    }

    [Fact]
    public void Claimed_staff_augmentation_where_the_vendor_controls_staffing_is_mislabeled()
    {
        var check = Check(EngagementModel.StaffAugmentation, "vendor-controls-staffing", "fixed-price-deliverables", "acceptance-criteria");
        Ids(check).ShouldContain("mislabeled-staff-augmentation");
    }

    [Fact]
    public void Claimed_staff_augmentation_with_client_direction_is_not_mislabeled()
    {
        var check = Check(EngagementModel.StaffAugmentation, "vendor-supervises-and-equips", "client-directs-work");
        Ids(check).ShouldNotContain("mislabeled-staff-augmentation");
    }

    [Fact]
    public void Claimed_project_priced_per_head_without_acceptance_is_mislabeled()
    {
        var check = Check(EngagementModel.ProjectOutsourcing, "per-head-pricing", "change-control");
        Ids(check).ShouldContain("mislabeled-project-outsourcing");
        Check(EngagementModel.ProjectOutsourcing, "per-head-pricing", "acceptance-criteria").Findings
            .ShouldNotContain(f => f.Id == "mislabeled-project-outsourcing");
    }

    [Fact]
    public void Claimed_project_where_the_client_reassigns_staff_is_mislabeled()
    {
        Ids(Check(EngagementModel.ProjectOutsourcing, "client-reassigns-staff", "acceptance-criteria", "fixed-price-deliverables"))
            .ShouldContain("mislabeled-project-outsourcing");
    }

    [Fact]
    public void Claimed_project_with_recurring_fees_and_SLA_targets_and_no_deliverable_is_a_managed_service()
    {
        var check = Check(EngagementModel.ProjectOutsourcing, "recurring-unit-fee", "sla-targets", "service-credits");
        Ids(check).ShouldContain("project-is-managed-service");
        check.ActualModel.ShouldBe(EngagementModel.ManagedServices);
    }

    [Fact]
    public void Missing_terms_are_judged_against_the_claimed_model()
    {
        Ids(Check(EngagementModel.ManagedServices)).ShouldBe(
            ["missing-sla-targets", "missing-service-credits", "missing-exit-plan", "model-undetermined"], ignoreOrder: true);
        Ids(Check(EngagementModel.ProjectOutsourcing)).ShouldBe(
            ["missing-acceptance-criteria", "missing-change-control", "missing-ip-assignment", "missing-exit-plan", "model-undetermined"], ignoreOrder: true);
        Ids(Check(EngagementModel.StaffAugmentation, "knowledge-transfer")).ShouldBe(
            ["missing-ip-assignment", "model-undetermined"], ignoreOrder: true);
    }

    [Fact]
    public void Missing_terms_are_also_judged_against_the_actual_model_when_it_differs()
    {
        var check = Check(EngagementModel.StaffAugmentation, "acceptance-criteria", "fixed-price-deliverables",
            "vendor-fixes-defects", "vendor-supervises-and-equips", "knowledge-transfer");
        check.ActualModel.ShouldBe(EngagementModel.ProjectOutsourcing);
        var ids = Ids(check).ToList();
        ids.ShouldContain("mislabeled-staff-augmentation");
        ids.ShouldContain("missing-change-control");
        ids.ShouldContain("missing-ip-assignment");
        ids.ShouldNotContain("missing-acceptance-criteria");
        ids.ShouldNotContain("missing-exit-plan");
        check.Findings.Single(f => f.Id == "missing-change-control").Message.ShouldContain("actually described");
    }

    [Fact]
    public void Findings_come_most_severe_first()
    {
        var check = Check(EngagementModel.ManagedServices, "per-head-pricing");
        check.Findings.Select(f => f.Severity).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public void Every_finding_id_of_the_interface_is_in_the_catalogue_with_something_to_ask()
    {
        string[] ids = ["mislabeled-managed-services", "mislabeled-staff-augmentation", "mislabeled-project-outsourcing",
            "project-is-managed-service", "model-undetermined", "missing-sla-targets", "missing-service-credits",
            "missing-acceptance-criteria", "missing-change-control", "missing-ip-assignment", "missing-exit-plan"];
        SignalCatalogue.Default.Findings.Select(f => f.Id).ShouldBe(ids, ignoreOrder: true);
        SignalCatalogue.Default.Findings.ShouldAllBe(f => f.Ask.Length > 20);
    }

    private static ContractCheck CheckText(params string[] lines) =>
        ContractChecker.Default.Check(new ContractText("a.txt", "text",
            [.. lines.Select((l, i) => new ContractLine(null, 2 * i + 1, l))]));

    [Fact]
    public void A_client_named_by_its_company_name_is_read_as_the_client_and_the_evidence_keeps_the_name()
    {
        var check = CheckText(
            "Aduro Biotech, Inc., with a place of business at 740 Heinz Avenue, Berkeley, CA 94710 (\"Aduro\") and IREYA B.V, represented by Andrea van Elsas, (\"Consultant\") agree to the terms of this Agreement.",
            "Aduro may reassign any of Consultant's personnel to other Aduro research programs at any time.");
        var signal = check.Signals.Single(s => s.Id == "client-reassigns-staff");
        signal.Evidence.Single().Text.ShouldBe("Aduro may reassign any of Consultant's personnel to other Aduro research programs at any time.");
    }

    [Fact]
    public void Two_named_parties_are_not_guessed()
    {
        var check = CheckText(
            "Modus Media International B.V. (\"MMI\") and Dragon Systems, Inc. (\"Dragon\") agree as follows.",
            "Dragon may reassign any of MMI's personnel to other Dragon projects at any time.");
        check.Has("client-reassigns-staff").ShouldBeFalse();
    }

    /// <summary>Known gap since the dimension-vote decision: staff-augmentation 3.3 against project-outsourcing 2.3 is
    /// within the margin, so undetermined where integrated hourly staff should be named staff augmentation. Fails once
    /// the gap closes.</summary>
    [Fact]
    public void Known_gap_integrated_hourly_staff_with_change_orders_is_undetermined()
    {
        var check = Check(EngagementModel.ProjectOutsourcing, "per-head-pricing", "staff-integrated", "change-control", "ip-assigned-to-client");
        check.ActualModel.ShouldBeNull("the gap closed: expect staff-augmentation and mislabeled-project-outsourcing");
    }
}
