using System.Collections.Immutable;

namespace Sourcewise.Signals;

/// <summary>The mislabel rules and missing-term rules of signals.md.</summary>
internal static class FindingRules
{
    private const string Reassigns = "client-reassigns-staff";
    private const string Directs = "client-directs-work";
    private const string Named = "named-individuals";
    private const string VendorStaffing = "vendor-controls-staffing";
    private const string PerHead = "per-head-pricing";
    private const string FixedPrice = "fixed-price-deliverables";
    private const string Recurring = "recurring-unit-fee";
    private const string Acceptance = "acceptance-criteria";
    private const string ChangeControl = "change-control";
    private const string Sla = "sla-targets";
    private const string Credits = "service-credits";
    private const string VendorSupervises = "vendor-supervises-and-equips";
    private const string IpAssigned = "ip-assigned-to-client";
    private const string KnowledgeTransfer = "knowledge-transfer";
    private const string TerminationAssistance = "termination-assistance";

    public static ImmutableArray<CheckFinding> Evaluate(SignalCatalogue catalogue, ClaimedModel? claim,
        ContractClassification classification, IReadOnlyList<DetectedSignal> signals, string absenceSource)
    {
        if (classification.NotAnEngagement)
        {
            // Not an engagement for services: the models' terms do not apply; the reason says what it is instead.
            return [];
        }

        var byId = signals.ToDictionary(s => s.Id, StringComparer.Ordinal);
        bool Has(string id) => byId.ContainsKey(id);
        var findings = new List<CheckFinding>();

        void Add(string id, string message, IEnumerable<string> signalIds, FindingSeverity? severity = null)
        {
            var definition = catalogue.Finding(id);
            var ids = signalIds.Distinct(StringComparer.Ordinal).ToImmutableArray();
            var evidence = ids.Where(byId.ContainsKey).SelectMany(s => byId[s].Evidence.Take(2)).ToImmutableArray();
            findings.Add(new CheckFinding(id, severity ?? definition.Severity, message, definition.Ask, evidence, ids));
        }

        string Names(IEnumerable<string> ids) => string.Join(", ", ids);

        var claimed = claim?.Model;
        var claimWords = claim is null ? string.Empty : claim.Source switch
        {
            ClaimSource.Document => $"The document calls itself \"{claim.Phrase}\"",
            ClaimSource.Questionnaire => "The questionnaire claims " + claim.Model.ToId(),
            _ => "It is claimed to be " + claim.Model.ToId(),
        };

        // Mislabel rules: they fire on substance.
        if (claimed == EngagementModel.ManagedServices)
        {
            var slaWithCredits = Has(Sla) && Has(Credits);
            var staffing = new[] { PerHead, Reassigns, Named }.Where(Has).ToList();
            var control = new[] { Reassigns, Directs }.Where(Has).ToList();
            if ((!slaWithCredits && staffing.Count > 0) || control.Count > 0)
            {
                var why = control.Count > 0
                    ? $"the client {(Has(Reassigns) ? "moves the vendor's people" : "directs the work")} ({Names(control)}), which is staff augmentation"
                    : $"there are no SLA targets with service credits, and it has {Names(staffing)}";
                Add("mislabeled-managed-services", $"{claimWords}, but {why}.", [.. control, .. staffing]);
            }
        }

        if (claimed == EngagementModel.StaffAugmentation && !Has(Reassigns) && !Has(Directs))
        {
            var vendorSide = new List<string>();
            if (Has(VendorStaffing))
            {
                vendorSide.Add(VendorStaffing);
            }

            if (Has(FixedPrice) && Has(Acceptance))
            {
                vendorSide.AddRange([FixedPrice, Acceptance]);
            }

            if (Has(VendorSupervises))
            {
                vendorSide.Add(VendorSupervises);
            }

            if (vendorSide.Count > 0)
            {
                Add("mislabeled-staff-augmentation",
                    $"{claimWords}, but the vendor controls the work ({Names(vendorSide)}) and nothing gives the client the right to move or direct its people.",
                    vendorSide);
            }
        }

        if (claimed == EngagementModel.ProjectOutsourcing)
        {
            if ((Has(PerHead) && !Has(FixedPrice) && !Has(Acceptance)) || Has(Reassigns))
            {
                var why = Has(Reassigns)
                    ? "the client may move the vendor's people between tasks (client-reassigns-staff)"
                    : "it is priced per person and hour (per-head-pricing) with no cap or fixed price and no acceptance criteria";
                Add("mislabeled-project-outsourcing", $"{claimWords}, but {why}.",
                    new[] { PerHead, Reassigns }.Where(Has));
            }

            if (!Has(Acceptance) && !Has(FixedPrice) && Has(Recurring) && Has(Sla))
            {
                Add("project-is-managed-service",
                    $"{claimWords}, but it has no end deliverable or acceptance; it has recurring fees (recurring-unit-fee) and service levels (sla-targets), which describe an ongoing managed service.",
                    [Recurring, Sla]);
            }
        }

        if (classification.ActualModel is null)
        {
            var conflict = classification.ConflictingSignals.Length > 0;
            Add("model-undetermined",
                conflict
                    ? $"The signals pull different ways, so no model is named: {classification.Reason}."
                    : $"No model is named: {classification.Reason}.",
                classification.ConflictingSignals,
                conflict ? null : FindingSeverity.Info);
        }

        // Missing terms: judged against the claimed model, and against the actual one when they differ.
        var judged = new List<(EngagementModel Model, string How)>();
        if (claimed is { } c)
        {
            judged.Add((c, "claimed"));
        }

        if (classification.ActualModel is { } actual && actual != claimed)
        {
            judged.Add((actual, "actually described"));
        }

        string Against(EngagementModel model) =>
            string.Join(" and ", judged.Where(j => j.Model == model || Applies(j.Model, model)).Select(j => $"the {j.How} model ({j.Model.ToId()})"));

        bool Judges(params EngagementModel[] models) => judged.Any(j => models.Contains(j.Model));

        string AgainstAny(params EngagementModel[] models) =>
            string.Join(" and ", judged.Where(j => models.Contains(j.Model)).Select(j => $"the {j.How} model ({j.Model.ToId()})"));

        if (Judges(EngagementModel.ManagedServices))
        {
            var against = AgainstAny(EngagementModel.ManagedServices);
            if (!Has(Sla))
            {
                Add("missing-sla-targets", $"Judged against {against}: no measurable service level (availability, response or resolution time) was found in {absenceSource}.", [Sla]);
            }

            if (!Has(Credits))
            {
                Add("missing-service-credits", $"Judged against {against}: no service credit or fee reduction for a missed target was found in {absenceSource}.", [Credits]);
            }
        }

        if (Judges(EngagementModel.ProjectOutsourcing))
        {
            var against = AgainstAny(EngagementModel.ProjectOutsourcing);
            if (!Has(Acceptance))
            {
                Add("missing-acceptance-criteria", $"Judged against {against}: no acceptance criteria, review period or rejection and resubmission was found in {absenceSource}.", [Acceptance]);
            }

            if (!Has(ChangeControl))
            {
                Add("missing-change-control", $"Judged against {against}: no change-order or change-request procedure was found in {absenceSource}.", [ChangeControl]);
            }
        }

        if (Judges(EngagementModel.StaffAugmentation, EngagementModel.ProjectOutsourcing) && !Has(IpAssigned))
        {
            Add("missing-ip-assignment",
                $"Judged against {AgainstAny(EngagementModel.StaffAugmentation, EngagementModel.ProjectOutsourcing)}: no assignment of the work product and intellectual property to the client was found in {absenceSource}.",
                [IpAssigned]);
        }

        if (!Has(KnowledgeTransfer) && !Has(TerminationAssistance))
        {
            var against = judged.Count > 0 ? $"Judged against {Against(judged[0].Model)}: n" : "N";
            Add("missing-exit-plan",
                $"{against}o knowledge transfer, handover or termination assistance was found in {absenceSource}; every model needs an exit plan.",
                [KnowledgeTransfer, TerminationAssistance]);
        }

        return [.. findings];
    }

    private static bool Applies(EngagementModel judged, EngagementModel model) => judged == model;
}
