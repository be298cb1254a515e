using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Sourcewise.Assessments;
using Sourcewise.Profiles;
using Sourcewise.Reports.Documents;

namespace Sourcewise.Reports.Decisions;

/// <summary>Turns a workstream, its assessment and (optionally) a cost comparison and a contract check into a
/// decision record: a <see cref="ReportDocument"/> with the sections of a MADR-style record (context, drivers,
/// options, decision, confidence, what would change it, mistakes, cost, contract, risks and knowledge retention,
/// consequences, review, sign-off). It reads Core's <see cref="Assessment"/>, as every other renderer does. Pure:
/// equal requests give equal documents.</summary>
public static class DecisionRecordBuilder
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Builds the record.</summary>
    public static ReportDocument Build(DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var a = request.Assessment;
        var guidance = DecisionGuidance.Default;
        var name = request.Profile.Name;
        var chosen = a.BestFit;
        var decisionText = a.IsCloseCall
            ? $"Close call: {chosen.ToDisplayName()} or {a.RunnerUp.ToDisplayName()}"
            : chosen.ToDisplayName();

        var metadata = ImmutableArray.CreateBuilder<ReportMetadataItem>();
        metadata.Add(new("Status", request.Status));
        metadata.Add(new("Date", Iso(request.Date)));
        metadata.Add(new("Decided by", request.DecidedBy.IsDefaultOrEmpty ? "(to be named)" : string.Join(", ", request.DecidedBy)));
        metadata.Add(new("Decision", decisionText));
        metadata.Add(new("Review by", Iso(request.EffectiveReviewBy)));

        var sections = ImmutableArray.CreateBuilder<ReportSection>();
        sections.Add(Context(request));
        sections.Add(Drivers(request));
        sections.Add(Options(request));
        sections.Add(Decision(request));
        sections.Add(Confidence(request));
        sections.Add(TippingPoints(request));
        sections.Add(Mistakes(request, guidance));
        if (request.Cost is { } cost)
        {
            sections.Add(Cost(cost, request));
        }

        if (request.Contract is { } contract)
        {
            sections.Add(Contract(contract, request));
        }

        sections.Add(Risks(request, guidance.For(chosen)));
        sections.Add(Consequences(request, guidance.For(chosen)));
        sections.Add(Review(request, guidance.For(chosen)));
        sections.Add(SignOff(request));

        return new ReportDocument(
            request.Title ?? $"Sourcing decision: {name}",
            request.Date,
            metadata.ToImmutable(),
            sections.ToImmutable(),
            Subject: $"How to source {name}: staff augmentation, project outsourcing or managed services",
            Author: "Sourcewise");
    }

    private static ReportSection Context(DecisionRequest request)
    {
        var p = request.Profile;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(RichText.Build().Text("Which engagement model should we use to source ").Bold(p.Name)
                .Text(": staff augmentation, project outsourcing or managed services?")),
        };
        if (p.Considering is { } considering)
        {
            blocks.Add(new ParagraphBlock(RichText.Build().Text("The model on the table when this record was written: ")
                .Bold(considering.ToDisplayName()).Text(".")));
        }

        var rows = ProfileFields.Answerable
            .Where(f => f != ProfileFields.Considering)
            .Select(f => (ImmutableArray<RichText>)[
                RichText.Plain(Label(f.Key)),
                p.GetText(f) is { } value ? RichText.Build().Code(value).ToRichText() : RichText.Build().Italic("unknown").ToRichText(),
                RichText.Plain(f.Question),
            ])
            .ToImmutableArray();
        blocks.Add(new TableBlock(["Factor", "Answer", "Question"], rows, [2.2, 1.6, 4.2],
            Caption: "What we know about the work", FirstColumnIsHeader: true));
        if (!string.IsNullOrWhiteSpace(request.Assessment.StageGuidance))
        {
            blocks.Add(new ParagraphBlock(RichText.Build().Bold("Company stage. ").Text(request.Assessment.StageGuidance)));
        }

        return new ReportSection("Context and question", [.. blocks], "context");
    }

    private static ReportSection Drivers(DecisionRequest request)
    {
        // The factors that moved the scores most, whichever model they moved.
        var byFactor = request.Assessment.Contributions
            .GroupBy(c => c.Factor, StringComparer.Ordinal)
            .Select(g => (Factor: g.Key, Weight: g.Sum(c => Math.Abs(c.Points)),
                Top: g.OrderByDescending(c => Math.Abs(c.Points)).ThenBy(c => c.Model).First()))
            .OrderByDescending(x => x.Weight).ThenBy(x => x.Factor, StringComparer.Ordinal)
            .Take(6)
            .ToList();
        var items = byFactor.Select(x =>
        {
            var value = ProfileFields.Find(x.Factor) is { } f ? request.Profile.GetText(f) : null;
            var b = RichText.Build().Bold(Label(x.Factor));
            if (value is not null)
            {
                b.Text(" is ").Code(value);
            }

            return (RichText)b.Text(": " + EnsurePeriod(x.Top.Reason));
        }).ToImmutableArray();
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock("The forces behind this decision, strongest first. Requirement volatility and leadership bandwidth usually matter most."),
        };
        blocks.Add(items.Length > 0
            ? new BulletListBlock(items)
            : new ParagraphBlock(RichText.Build().Italic("No factor moved the scores; the profile is mostly unknown.")));
        return new ReportSection("Decision drivers", [.. blocks], "drivers");
    }

    private static ReportSection Options(DecisionRequest request)
    {
        var a = request.Assessment;
        var blocks = new List<ReportBlock>();
        if (!request.Models.IsDefaultOrEmpty)
        {
            blocks.Add(new SubheadingBlock("The three models"));
            blocks.Add(new TableBlock(
                ["Dimension", "Staff augmentation", "Project outsourcing", "Managed services"],
                [.. request.Models.Select(m => (ImmutableArray<RichText>)[
                    RichText.Plain(m.Name), RichText.Plain(m[EngagementModel.StaffAugmentation]),
                    RichText.Plain(m[EngagementModel.ProjectOutsourcing]), RichText.Plain(m[EngagementModel.ManagedServices])])],
                [1.3, 2.2, 2.2, 2.2],
                Caption: "How the models differ, dimension by dimension",
                FirstColumnIsHeader: true));
        }

        blocks.Add(new SubheadingBlock("How each fits this workstream"));
        var rows = EngagementModels.All
            .OrderByDescending(m => a.Scores[m]).ThenBy(m => m)
            .Select(m =>
            {
                var role = m == a.BestFit ? (a.IsCloseCall ? "best fit (close call)" : "recommended")
                    : m == a.RunnerUp ? "runner-up" : "";
                var forIt = a.Contributions.Where(c => c.Model == m && c.Points > 0)
                    .OrderByDescending(c => c.Points).ThenBy(c => c.Factor, StringComparer.Ordinal).Take(2).ToList();
                var against = a.Contributions.Where(c => c.Model == m && c.Points < 0)
                    .OrderBy(c => c.Points).ThenBy(c => c.Factor, StringComparer.Ordinal).Take(2).ToList();
                return (ImmutableArray<RichText>)[
                    RichText.Build().Bold(m.ToDisplayName()).Text(role.Length > 0 ? $" ({role})" : "").ToRichText(),
                    RichText.Plain(Points(a.Scores[m], signed: false)),
                    RichText.Plain(forIt.Count == 0 ? "–" : string.Join(" ", forIt.Select(c => EnsurePeriod(c.Reason)))),
                    RichText.Plain(against.Count == 0 ? "–" : string.Join(" ", against.Select(c => EnsurePeriod(c.Reason)))),
                ];
            })
            .ToImmutableArray();
        blocks.Add(new TableBlock(["Model", "Score", "Speaks for it", "Speaks against it"], rows, [1.8, 0.8, 3, 3],
            Caption: "Scores for this workstream (higher fits better)", FirstColumnIsHeader: true, NumericColumns: [1]));
        var guidance = DecisionGuidance.Default;
        blocks.Add(new BulletListBlock([.. EngagementModels.All.Select(m =>
            (RichText)RichText.Build().Bold(m.ToDisplayName() + ": ").Text(guidance.For(m).InShort))]));
        return new ReportSection("Options considered", [.. blocks], "options");
    }

    private static ReportSection Decision(DecisionRequest request)
    {
        var a = request.Assessment;
        var blocks = new List<ReportBlock>();
        if (a.IsCloseCall)
        {
            blocks.Add(new NoteBlock("Close call", RichText.Build()
                .Text($"{a.BestFit.ToDisplayName()} leads {a.RunnerUp.ToDisplayName()} by only {Points(a.Margin, signed: false)} points. ")
                .Text(a.CloseCallAdvice is { Length: > 0 } advice ? EnsurePeriod(advice)
                    : "The scores do not settle it; the deciders do. Answering the unknowns below, or the tipping points, is the quickest way to a clear answer."),
                NoteKind.Warning));
            blocks.Add(new ParagraphBlock(RichText.Build().Text("Leaning towards ").Bold(a.BestFit.ToDisplayName())
                .Text("; the rest of this record plans for it and names what would change it.")));
        }
        else
        {
            blocks.Add(new ParagraphBlock(RichText.Build().Text("Chosen option: ").Bold(a.BestFit.ToDisplayName())
                .Text($", ahead of {a.RunnerUp.ToDisplayName()} by {Points(a.Margin, signed: false)} points.")));
        }

        // One line per factor: two rules on the same answer (a skill gap worth a little to every model, and more to
        // augmentation when there are leaders to direct it) are one reason, with their points added up.
        var byFactor = a.Contributions.Where(c => c.Model == a.BestFit)
            .GroupBy(c => c.Factor, StringComparer.Ordinal)
            .Select(g => new Contribution(g.Key, a.BestFit, g.Sum(c => c.Points),
                string.Join(" ", g.OrderByDescending(c => Math.Abs(c.Points)).Select(c => EnsurePeriod(c.Reason)).Distinct(StringComparer.Ordinal))))
            .ToList();
        var forIt = byFactor.Where(c => c.Points > 0)
            .OrderByDescending(c => c.Points).ThenBy(c => c.Factor, StringComparer.Ordinal).ToList();
        var against = byFactor.Where(c => c.Points < 0)
            .OrderBy(c => c.Points).ThenBy(c => c.Factor, StringComparer.Ordinal).ToList();
        if (forIt.Count > 0)
        {
            blocks.Add(new SubheadingBlock("Because"));
            blocks.Add(new BulletListBlock([.. forIt.Select(Contribution)]));
        }

        if (against.Count > 0)
        {
            blocks.Add(new SubheadingBlock("Even though"));
            blocks.Add(new BulletListBlock([.. against.Select(Contribution)]));
        }

        var table = a.Contributions
            .OrderBy(c => c.Factor, StringComparer.Ordinal).ThenBy(c => c.Model)
            .Select(c => (ImmutableArray<RichText>)[
                RichText.Plain(Label(c.Factor)), RichText.Plain(c.Model.ToDisplayName()),
                RichText.Plain(Points(c.Points, signed: true)), RichText.Plain(EnsurePeriod(c.Reason))])
            .ToImmutableArray();
        if (table.Length > 0)
        {
            blocks.Add(new SubheadingBlock("Every factor's contribution"));
            blocks.Add(new TableBlock(["Factor", "Model", "Points", "Reason"], table, [2, 2, 0.8, 4],
                Caption: "Points each answer added to (or took from) each model", NumericColumns: [2]));
        }

        return new ReportSection("Decision", [.. blocks], "decision");
    }

    /// <summary>"Ask: …" before a question, but not "Ask: Ask the vendor …".</summary>
    internal static string AskText(string? ask)
    {
        if (string.IsNullOrWhiteSpace(ask))
        {
            return "";
        }

        var text = EnsurePeriod(ask.Trim());
        return (text.StartsWith("Ask ", StringComparison.OrdinalIgnoreCase) ? text : "Ask: " + text) + " ";
    }

    private static RichText Contribution(Contribution c) => RichText.Build()
        .Bold(Label(c.Factor)).Text($" ({Points(c.Points, signed: true)}): ").Text(EnsurePeriod(c.Reason));

    private static ReportSection Confidence(DecisionRequest request)
    {
        var a = request.Assessment;
        var blocks = new List<ReportBlock>();
        var confidence = $"{a.ConfidenceLevel.ToId()} ({a.Confidence.ToString("0.00", Inv)})";
        blocks.Add(new ParagraphBlock(RichText.Build().Text("Confidence: ").Bold(confidence).Text(".")));
        var unknowns = a.Unknowns.IsDefaultOrEmpty
            ? [.. request.Profile.UnknownFields.Where(f => f != ProfileFields.Considering).Select(f => new UnknownAnswer(f.Key, f.Question, "", false))]
            : a.Unknowns;
        if (unknowns.Length == 0)
        {
            blocks.Add(new ParagraphBlock("Every question in the profile was answered."));
        }
        else
        {
            blocks.Add(new ParagraphBlock("Still to find out (each unanswered question lowers confidence; those marked could change the recommendation):"));
            blocks.Add(new BulletListBlock([.. unknowns
                .OrderByDescending(u => u.CouldChangeRecommendation).ThenBy(u => u.Factor, StringComparer.Ordinal)
                .Select(u =>
                {
                    var b = RichText.Build().Bold(Label(u.Factor)).Text(": " + u.Question);
                    if (!string.IsNullOrWhiteSpace(u.Why))
                    {
                        b.Text(" " + EnsurePeriod(u.Why));
                    }

                    return (RichText)(u.CouldChangeRecommendation ? b.Text(" ").Bold("Could change the recommendation.") : b);
                })]));
        }

        return new ReportSection("Confidence and unknowns", [.. blocks], "confidence");
    }

    private static ReportSection TippingPoints(DecisionRequest request)
    {
        var a = request.Assessment;
        if (a.TippingPoints.IsDefaultOrEmpty)
        {
            return new ReportSection("What would change the decision", [
                new ParagraphBlock("No single answer in the profile would change the recommendation: it would take several changes at once."),
            ], "tipping-points");
        }

        var rows = a.TippingPoints
            .Select(t => (ImmutableArray<RichText>)[
                RichText.Plain(Label(t.Factor)),
                t.From is null ? RichText.Build().Italic("unknown").ToRichText() : RichText.Build().Code(Value(t.From)).ToRichText(),
                RichText.Build().Code(Value(t.To)).ToRichText(),
                RichText.Plain(RecommendationName(t.NewRecommendation)),
            ])
            .ToImmutableArray();
        return new ReportSection("What would change the decision", [
            new ParagraphBlock("Each row is one answer that, on its own, would change the recommendation. If one of these changes, revisit this record."),
            new TableBlock(["Factor", "Now", "If it became", "The recommendation becomes"], rows, [2, 1.4, 1.4, 2.4],
                Caption: "Tipping points", FirstColumnIsHeader: true),
        ], "tipping-points");
    }

    private static ReportSection Mistakes(DecisionRequest request, DecisionGuidance guidance)
    {
        var present = request.Assessment.Mistakes.IsDefaultOrEmpty ? [] : request.Assessment.Mistakes;
        if (request.Contract is { } contract && contract.Findings.Any(f => f.Id.StartsWith("mislabeled-", StringComparison.Ordinal)
                || f.Id == "project-is-managed-service")
            && !present.Any(m => m.Id == "contract-model-mismatch"))
        {
            present = present.Add(new Mistake("contract-model-mismatch", MistakeSeverity.Error,
                $"The contract ({FileName(contract.Document)}) describes {RecommendationName(contract.ActualModel)}, not {RecommendationName(contract.ClaimedModel ?? "undetermined")}.",
                "", null));
        }

        var blocks = new List<ReportBlock>();
        if (present.Length == 0)
        {
            blocks.Add(new ParagraphBlock("None of the known model-selection mistakes applies to this decision."));
        }
        else
        {
            foreach (var m in present)
            {
                var text = RichText.Build().Text(EnsurePeriod(m.Message) + " ");
                if (!string.IsNullOrWhiteSpace(m.Why))
                {
                    text.Text(EnsurePeriod(m.Why) + " ");
                }

                blocks.Add(new NoteBlock(m.Severity == MistakeSeverity.Error ? "Mistake" : "Warning", text.Code(m.Id), NoteKind.Warning));
            }
        }

        var avoided = guidance.Mistakes.Keys
            .Where(id => present.All(m => m.Id != id))
            .Where(id => id != "single-model-for-everything" && (id != "contract-model-mismatch" || request.Contract is not null))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (avoided.Count > 0)
        {
            blocks.Add(new SubheadingBlock("Mistakes avoided"));
            blocks.Add(new BulletListBlock([.. avoided.Select(id => (RichText)RichText.Build().Text(guidance.Mistakes[id] + " ").Code(id))]));
        }

        if (request.Contract is null)
        {
            blocks.Add(new ParagraphBlock(RichText.Build().Italic(
                "Whether the contract matches the model is not checked here; run sourcewise report with --contract to include it.")));
        }

        return new ReportSection("Mistakes", [.. blocks], "mistakes");
    }

    private static ReportSection Cost(DecisionCost cost, DecisionRequest request)
    {
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(RichText.Build()
                .Text($"Total cost over {cost.HorizonMonths} months in {cost.Currency}, from {cost.Trials.ToString("N0", Inv)} simulated futures (seed {cost.Seed.ToString(Inv)})")
                .Text(cost.ScenarioFile is null ? "." : $" of {FileName(cost.ScenarioFile)}.")
                .Text(" p10 and p90 bound the likely range; compare like for like, including the loaded cost of hiring.")),
        };
        var options = cost.Options.IsDefaultOrEmpty ? [] : cost.Options;
        if (options.Length > 0)
        {
            var cheapest = options.OrderBy(o => o.P50).ThenBy(o => o.Id, StringComparer.Ordinal).First();
            var likeliest = options.OrderByDescending(o => o.ProbabilityCheapest).ThenBy(o => o.Id, StringComparer.Ordinal).First();
            var rows = options.Select(o => (ImmutableArray<RichText>)[
                RichText.Plain(CostOptionName(o.Id)),
                RichText.Plain(Money(o.P10)), RichText.Plain(Money(o.P50)), RichText.Plain(Money(o.P90)),
                RichText.Plain(Money(o.Mean)), RichText.Plain(Percent(o.ProbabilityCheapest)),
            ]).ToImmutableArray();
            blocks.Add(new TableBlock(["Option", "p10", "p50", "p90", "Mean", "Cheapest in"], rows, [2, 1.25, 1.25, 1.25, 1.25, 1.4],
                Caption: $"Total cost over {cost.HorizonMonths} months ({cost.Currency})", FirstColumnIsHeader: true,
                NumericColumns: [1, 2, 3, 4, 5]));
            blocks.Add(new ParagraphBlock(RichText.Build().Text("Lowest median: ").Bold(CostOptionName(cheapest.Id))
                .Text($" ({cost.Currency} {Money(cheapest.P50)}). Cheapest most often: ").Bold(CostOptionName(likeliest.Id))
                .Text($", in {Percent(likeliest.ProbabilityCheapest)} of trials. Cost is one input: retained knowledge usually matters more than headline cost over two years.")));
            var chosenId = CostOptionId(request.Assessment.BestFit);
            if (options.FirstOrDefault(o => o.Id == chosenId) is { } chosen && chosen.Id != cheapest.Id && cheapest.P50 > 0)
            {
                var above = (chosen.P50 - cheapest.P50) / cheapest.P50;
                blocks.Add(new ParagraphBlock(RichText.Build().Text("The chosen model, ").Bold(CostOptionName(chosen.Id))
                    .Text($", has a median of {cost.Currency} {Money(chosen.P50)}: {Percent(above)} above the lowest. Weigh that against what the cheaper option would cost in control, accountability and retained knowledge.")));
            }
        }

        if (cost.ChartSvg is not null || cost.ChartPng is not null)
        {
            blocks.Add(new ImageBlock(
                $"Cumulative cost per option over {cost.HorizonMonths} months: median line with the p10 to p90 band. "
                    + string.Join("; ", options.Select(o => $"{CostOptionName(o.Id)} median {cost.Currency} {Money(o.P50)}")) + ".",
                cost.ChartSvg, cost.ChartPng, cost.ChartWidthPx, cost.ChartHeightPx,
                Caption: $"Cumulative cost ({cost.Currency}); lines are medians, bands p10–p90.",
                FileName: "cost-chart.svg"));
        }

        if (!cost.Notes.IsDefaultOrEmpty)
        {
            blocks.Add(new BulletListBlock([.. cost.Notes.Select(n => RichText.Plain(n))]));
        }

        return new ReportSection("Cost comparison", [.. blocks], "cost");
    }

    private static ReportSection Contract(DecisionContractCheck contract, DecisionRequest request)
    {
        var blocks = new List<ReportBlock>();
        var claimed = contract.ClaimedModel ?? request.Profile.Considering?.ToId();
        var said = RichText.Build().Text("Checked ").Code(FileName(contract.Document)).Text(". It reads as ")
            .Bold(RecommendationName(contract.ActualModel));
        said.Text(claimed is null ? "." : $"; it is presented as {RecommendationName(claimed)}.");
        blocks.Add(new ParagraphBlock(said));
        if (contract.ActualModel != "undetermined" && contract.ActualModel != request.Assessment.BestFit.ToId())
        {
            blocks.Add(new NoteBlock("Mismatch", RichText.Plain(
                $"The contract describes {RecommendationName(contract.ActualModel)} but this record chooses {request.Assessment.BestFit.ToDisplayName()}. Renegotiate the terms or revisit the choice before signing."),
                NoteKind.Warning));
        }

        var findings = contract.Findings.IsDefaultOrEmpty ? [] : contract.Findings;
        if (findings.Length > 0)
        {
            blocks.Add(new SubheadingBlock("Findings"));
            blocks.Add(new TableBlock(["Severity", "Finding", "Evidence"],
                [.. findings.Select(f => (ImmutableArray<RichText>)[
                    RichText.Plain(f.Severity),
                    RichText.Build().Text(EnsurePeriod(f.Message) + " ")
                        .Text(AskText(f.Ask)).Code(f.Id).ToRichText(),
                    RichText.Plain(Evidence(f.Evidence)),
                ])],
                [1, 3.6, 3.4], Caption: "What the check found"));
        }

        var signals = contract.Signals.IsDefaultOrEmpty ? [] : contract.Signals;
        if (signals.Length > 0)
        {
            blocks.Add(new SubheadingBlock("Clauses that reveal the model"));
            blocks.Add(new TableBlock(["Signal", "Points to", "Strength", "Evidence"],
                [.. signals.Select(s => (ImmutableArray<RichText>)[
                    RichText.Build().Code(s.Id).ToRichText(),
                    RichText.Plain(RecommendationName(s.Towards)),
                    RichText.Plain(s.Strength),
                    RichText.Plain(Evidence(s.Evidence)),
                ])],
                [2, 1.6, 0.9, 3.5], Caption: "Signals, with the quoted clause and where it is"));
        }

        return new ReportSection("Contract check", [.. blocks], "contract");
    }

    private static ReportSection Risks(DecisionRequest request, ModelGuidance g)
    {
        return new ReportSection("Risks and knowledge retention", [
            new ParagraphBlock(RichText.Build().Text("For ").Bold(g.Name).Text(". " + g.InShort)),
            new SubheadingBlock("Risks"),
            new BulletListBlock([.. g.Risks.Select(r => RichText.Plain(r))]),
            new SubheadingBlock("Knowledge-retention plan"),
            new ParagraphBlock(KnowledgeLine(request.Assessment.BestFit, request.Profile)),
            new BulletListBlock([.. g.KnowledgePlan.Select(r => RichText.Plain(r))]),
            new SubheadingBlock("Contract terms to insist on"),
            new BulletListBlock([.. g.ContractTerms.Select(r => RichText.Plain(r))]),
        ], "risks");
    }

    private static string KnowledgeLine(EngagementModel model, WorkProfile profile)
    {
        var retention = profile.GetText(ProfileFields.KnowledgeRetention);
        var need = retention is null ? "How much reasoning must stay in-house is not known yet. "
            : $"Knowledge retention matters {(retention == "high" ? "a lot" : retention == "medium" ? "somewhat" : "little")} here ({retention}). ";
        return need + model switch
        {
            EngagementModel.StaffAugmentation => "Augmentation keeps context in-house after a contractor leaves, provided it is written down as the work goes.",
            EngagementModel.ProjectOutsourcing => "Outsourcing tends to take the reasoning away with the vendor; the deliverable stays, so plan the hand-over now.",
            _ => "Managed services deliberately leave operational knowledge with the provider; keep what you need to switch providers or take the function back.",
        };
    }

    private static ReportSection Consequences(DecisionRequest request, ModelGuidance g)
    {
        _ = request;
        return new ReportSection("Consequences", [
            new SubheadingBlock("Good"),
            new BulletListBlock([.. g.Good.Select(r => RichText.Plain(r))]),
            new SubheadingBlock("Bad"),
            new BulletListBlock([.. g.Bad.Select(r => RichText.Plain(r))]),
        ], "consequences");
    }

    private static ReportSection Review(DecisionRequest request, ModelGuidance g)
    {
        var items = new List<RichText>(g.Watch.Select(w => RichText.Plain(w)));
        items.AddRange(request.Assessment.TippingPoints.IsDefaultOrEmpty ? [] : request.Assessment.TippingPoints
            .Select(t => (RichText)RichText.Build().Text("Has ").Bold(Label(t.Factor)).Text(" moved to ").Code(Value(t.To)).Text("?")));
        return new ReportSection("Review", [
            new ParagraphBlock(RichText.Build().Text("Review by ").Bold(Iso(request.EffectiveReviewBy))
                .Text(". A wrong choice of model usually shows up about six months in, so look again then, or sooner if a tipping point moves.")),
            new BulletListBlock([.. items]),
        ], "review");
    }

    private static ReportSection SignOff(DecisionRequest request)
    {
        var roles = request.DecidedBy.IsDefaultOrEmpty
            ? ImmutableArray.Create("Decision owner", "Engineering lead", "Finance partner", "Procurement")
            : request.DecidedBy;
        return new ReportSection("Sign-off", [
            new ParagraphBlock("Signing records that the deciders have read this record and accept the decision, its risks and its review date."),
            new SignOffBlock(roles),
        ], "sign-off");
    }

    private static string Evidence(ImmutableArray<DecisionEvidence> evidence)
    {
        if (evidence.IsDefaultOrEmpty)
        {
            return "not found in the document";
        }

        return string.Join(" ", evidence.Take(3).Select(e =>
        {
            var where = e.Page is { } page ? $"p. {page}, line {e.Line}" : $"line {e.Line}";
            var text = e.Text.Length > 160 ? e.Text[..157].TrimEnd() + "…" : e.Text;
            return $"“{text}” ({where})";
        })) + (evidence.Length > 3 ? $" and {evidence.Length - 3} more" : "");
    }

    /// <summary>"requirementVolatility" → "Requirement volatility".</summary>
    internal static string Label(string key)
    {
        var sb = new StringBuilder(key.Length + 4);
        foreach (var c in key)
        {
            if (char.IsUpper(c) && sb.Length > 0)
            {
                sb.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(sb.Length == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return sb.ToString().Replace("Ip ", "IP ", StringComparison.Ordinal);
    }

    private static string RecommendationName(string id) =>
        EngagementModels.TryParse(id, out var m) ? m.Value.ToDisplayName()
        : id == "close-call" ? "a close call" : id;

    private static string CostOptionId(EngagementModel model) => model switch
    {
        EngagementModel.StaffAugmentation => "staffAugmentation",
        EngagementModel.ProjectOutsourcing => "projectOutsourcing",
        _ => "managedServices",
    };

    private static string CostOptionName(string id) => id switch
    {
        "staffAugmentation" => "Staff augmentation",
        "projectOutsourcing" => "Project outsourcing",
        "managedServices" => "Managed services",
        "inHouse" => "In-house hiring",
        _ => id,
    };

    private static string Value(object? value) => value switch
    {
        null => "unknown",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, Inv),
        _ => value.ToString() ?? "",
    };

    private static string Points(double points, bool signed) =>
        points.ToString(signed ? "+0.0;-0.0;0.0" : "0.0", Inv);

    private static string Money(double amount) => Math.Round(amount).ToString("N0", Inv);

    private static string Percent(double share) => (share * 100).ToString("0", Inv) + "%";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", Inv);

    private static string FileName(string path) => Path.GetFileName(path) is { Length: > 0 } n ? n : path;

    private static string EnsurePeriod(string text)
    {
        var t = text.Trim();
        return t.Length == 0 || t[^1] is '.' or '!' or '?' ? t : t + ".";
    }
}
