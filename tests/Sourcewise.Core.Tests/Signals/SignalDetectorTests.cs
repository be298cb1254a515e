using System.Collections.Immutable;
using Sourcewise.Contracts;
using Sourcewise.Signals;

namespace Sourcewise.Core.Tests.Signals;

public sealed class SignalDetectorTests
{
    private static readonly SignalDetector Detector = SignalDetector.Default;

    /// <summary>signal id, a sentence that carries it, the same sentence negated.</summary>
    public static TheoryData<string, string, string> Pairs => new()
    {
        { "client-reassigns-staff", "The Client may reassign the Contractor's personnel to other projects at its discretion.", "The Client may not reassign the Contractor's personnel to other projects." },
        { "client-directs-work", "The Client will direct the day-to-day work of the Supplier's personnel.", "The Client shall not direct the day-to-day work of the Supplier's personnel." },
        { "client-sets-hours", "Contractor personnel shall submit weekly timesheets to the Client for approval.", "Contractor personnel shall not be required to submit timesheets." },
        { "client-site-and-equipment", "The Client will provide laptops and email accounts to the Supplier's engineers.", "The Client will not provide laptops or email accounts to the Supplier's engineers." },
        { "named-individuals", "The Supplier may replace the Key Personnel only with the prior written approval of the Client.", "The Supplier is not required to name key personnel." },
        { "vendor-controls-staffing", "The Supplier may substitute its personnel at any time at its own cost.", "The Supplier may not substitute its personnel." },
        { "per-head-pricing", "The Client shall pay the Supplier an hourly rate of $150 per consultant.", "The fees are not calculated on an hourly basis." },
        { "fixed-price-deliverables", "The Supplier will deliver the system for a fixed price of $200,000.", "This SOW is not a fixed price engagement." },
        { "recurring-unit-fee", "The Client will pay a monthly fee of $45 per user per month.", "There is no monthly fee for the Services." },
        { "vendor-fixes-defects", "The Supplier shall correct any defective Deliverable at its own cost.", "The Supplier shall not be obliged to correct defective Deliverables at its own cost." },
        { "acceptance-criteria", "Each Deliverable is subject to the acceptance criteria set out in the SOW.", "The Deliverables are not subject to any acceptance criteria." },
        { "change-control", "Any change to the scope must be agreed through a written Change Order.", "No change order procedure applies to this engagement." },
        { "sla-targets", "The Provider will make the Service available 99.9% of the time, measured monthly.", "The Provider makes no commitment to 99.9% availability." },
        { "service-credits", "If the Target Uptime is missed, the Customer will receive a Service Credit of 5% of the monthly fees.", "The Customer is not entitled to any service credits." },
        { "ongoing-operations", "The Provider will monitor and patch the Client's servers.", "The Provider will not monitor or patch the Client's servers." },
        { "open-ended-term", "This Agreement will automatically renew for successive one-year terms.", "This Agreement will not automatically renew." },
        { "staff-integrated", "The Supplier's engineers will work as part of the Client's engineering team.", "The Supplier's engineers will not be part of the Client's team." },
        { "vendor-supervises-and-equips", "The Supplier will supervise its own personnel using its own tools.", "The Supplier will not supervise its own personnel." },
        { "ip-assigned-to-client", "The Supplier hereby assigns to the Client all right, title and interest in the Deliverables.", "Nothing in this Agreement assigns to the Client any right, title and interest in the Supplier's tools." },
        { "vendor-retains-tooling-ip", "The Supplier retains ownership of its pre-existing tools and methodologies.", "The Supplier does not retain any pre-existing materials." },
        { "knowledge-transfer", "At the end of the engagement the Supplier will provide knowledge transfer to the Client's staff.", "The Supplier will not provide knowledge transfer." },
        { "termination-assistance", "On expiry the Provider will provide termination assistance and return all Customer data.", "The Provider has no obligation to provide termination assistance." },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_sentence_that_carries_the_signal_fires_it(string id, string positive, string negated)
    {
        _ = negated;
        Detector.SignalsIn(positive).ShouldContain(id);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_negated_sentence_does_not_fire_the_signal(string id, string positive, string negated)
    {
        _ = positive;
        Detector.SignalsIn(negated).ShouldNotContain(id);
    }

    [Fact]
    public void Every_signal_of_the_interface_has_a_test_pair()
    {
        var tested = Pairs.Select(row => (string)row[0]).ToHashSet();
        SignalCatalogue.Default.SignalIds.ShouldBe(tested, ignoreOrder: true);
    }

    [Fact]
    public void A_client_that_says_it_will_not_direct_the_means_is_evidence_of_vendor_control()
    {
        var ids = Detector.SignalsIn("The Client shall not direct the means by which the Supplier performs the work.").ToList();
        ids.ShouldContain("vendor-supervises-and-equips");
        ids.ShouldNotContain("client-directs-work");
    }

    [Theory]
    [InlineData("Except as set out in the SLA, the Client shall not direct the Supplier's personnel.")]
    [InlineData("Nothing in this Agreement shall entitle the Client to direct the work of the Supplier's personnel.")]
    [InlineData("The Client will inspect and accept the finished Deliverables.")]
    [InlineData("Contractor will perform Services under the general direction of Company, but Contractor will determine the manner and means by which Services are accomplished.")]
    public void Scope_carve_outs_and_inspection_of_results_do_not_count_as_client_direction(string sentence)
    {
        Detector.SignalsIn(sentence).ShouldNotContain("client-directs-work");
    }

    [Theory]
    [InlineData("The Provider shall respond to Severity 1 incidents no later than 30 minutes after notice.", "sla-targets")]
    [InlineData("The Supplier shall re-perform nonconforming Services at no additional cost to the Client.", "vendor-fixes-defects")]
    [InlineData("If Provider does not meet the Target Uptime, Customer will receive a Service Credit.", "service-credits")]
    public void Phrases_that_only_look_negative_do_not_negate(string sentence, string id)
    {
        Detector.SignalsIn(sentence).ShouldContain(id);
    }

    [Theory]
    [InlineData("Any of the Contractor Personnel may, at the Company's discretion, be reassigned to other projects or business units of the Company.", "client-reassigns-staff")]
    [InlineData("Customer may, at any time and in its sole discretion, reassign any of the Provider Personnel to other projects or programs of Customer.", "client-reassigns-staff")]
    [InlineData("Customer's Project Lead will assign tasks to the Provider personnel and may reassign any of them to other Customer projects.", "client-reassigns-staff")]
    [InlineData("The Company will determine the manner in which the Contractor Personnel carry out their work.", "client-directs-work")]
    [InlineData("Provider's support engineers will take their day-to-day instructions from Customer's IT operations manager.", "client-directs-work")]
    [InlineData("Customer's IT operations manager, who will direct their work, sets the order in which tickets are worked.", "client-directs-work")]
    [InlineData("Each of the Contractor Personnel has been interviewed and approved by the Company.", "named-individuals")]
    [InlineData("Any replacement of the Key Personnel is subject to Customer's prior written approval.", "named-individuals")]
    [InlineData("Consultant hereby irrevocably assigns and transfers to the Company any and all right, title, or interest in the Work Product.", "ip-assigned-to-client")]
    [InlineData("Throughout the secondment the Seconded Staff will report to, and act under the instructions of, Customer's line managers.", "client-directs-work")]
    [InlineData("Customer's line managers may allocate the Seconded Staff to any of Customer's programmes as its priorities change.", "client-reassigns-staff")]
    [InlineData("Customer may redeploy the on-site technicians to other Customer locations or projects.", "client-reassigns-staff")]
    [InlineData("Fees are subject to the not-to-exceed amount in the SOW; any hours needed beyond that amount are at Provider's own cost.", "fixed-price-deliverables")]
    [InlineData("The Provider shall determine, in its sole discretion, which of its personnel perform the Services.", "vendor-controls-staffing")]
    [InlineData("The Contractor shall use its best efforts to effect the orderly and efficient transfer of the administration to the Company.", "termination-assistance")]
    [InlineData("Upon termination, Consultant agrees to perform the necessary information transfer required at the time.", "termination-assistance")]
    [InlineData("The support and maintenance obligation of the Software and MarketSite.net Service shall continue after termination of this Agreement.", "termination-assistance")]
    [InlineData("Buyer shall be entitled to assign Vendor's resources to such tasks as Buyer may require, and to transfer them between Buyer's projects.", "client-reassigns-staff")]
    [InlineData("Buyer shall be entitled to assign Vendor's resources to such tasks as Buyer may require.", "client-directs-work")]
    [InlineData("Except as set out in this SLA, Customer shall not direct Provider's support staff, and Provider will decide which of its engineers handle each request.", "vendor-controls-staffing")]
    [InlineData("Consultant's personnel may be moved to other Company programs at the Company's request.", "client-reassigns-staff")]
    [InlineData("Their working hours are to be set by Customer.", "client-sets-hours")]
    [InlineData("Provider will use reasonable efforts to correct a verified breach of the Performance Warranty reported by Customer.", "vendor-fixes-defects")]
    [InlineData("The COR may require the Contractor to perform the services again in conformity with Call Order requirements.", "vendor-fixes-defects")]
    [InlineData("During the Subscription Period, Provider will provide Technical Support as described in the Order Form.", "ongoing-operations")]
    [InlineData("Full Intellectual Property ownership shall transfer to you on receipt of payment for the work undertaken.", "ip-assigned-to-client")]
    [InlineData("When we receive your final payment, copyright is automatically assigned as follows.", "ip-assigned-to-client")]
    [InlineData("Customer owns Deliverables as they are created.", "ip-assigned-to-client")]
    [InlineData("Upon any termination of this Agreement, Provider will cease to provide the Services and promptly deliver to Customer all Deliverables (in whatever state of completion).", "termination-assistance")]
    [InlineData("Contractor will promptly deliver all Work Product to Company, including all work in progress on any Work Product.", "termination-assistance")]
    [InlineData("Provider retains all right, title, and interest in and to the Product, whether developed before or after the Effective Date.", "vendor-retains-tooling-ip")]
    [InlineData("The Developer will respond to each support request within [Response Time] of receipt.", "sla-targets")]
    public void Reworded_clauses_fire_their_signal(string sentence, string id)
    {
        Detector.SignalsIn(sentence).ShouldContain(id);
    }

    [Theory]
    [InlineData("No Contractor Personnel may be replaced without the Company's prior written consent.")]
    [InlineData("Provider may not reassign the individuals named in the SOW to other work without Customer's prior written approval.")]
    public void Not_without_the_clients_consent_is_the_clients_approval_of_named_people(string sentence)
    {
        var ids = Detector.SignalsIn(sentence).ToList();
        ids.ShouldContain("named-individuals");
        ids.ShouldNotContain("vendor-controls-staffing");
    }

    [Theory]
    [InlineData("The Company will not determine the manner in which the Contractor Personnel carry out their work.", "client-directs-work")]
    [InlineData("Customer shall not reassign Provider Personnel to other Customer projects.", "client-reassigns-staff")]
    [InlineData("Provider may replace any of its personnel without the Customer's prior consent.", "named-individuals")]
    [InlineData("Any replacement personnel are subject to Customer's prior written approval, which shall not be unreasonably withheld.", "named-individuals")]
    [InlineData("Each Subcontractor must be approved by the Customer.", "named-individuals")]
    [InlineData("The confidentiality obligations shall continue after termination of this Agreement.", "termination-assistance")]
    [InlineData("Customer shall not direct Provider's support staff, and may not reassign them to other Customer projects.", "client-reassigns-staff")]
    [InlineData("The Customer shall directly notify the Provider of any problem with the Hosted Site.", "client-directs-work")]
    [InlineData("The Provider will retain one copy of the Materials.", "vendor-retains-tooling-ip")]
    public void Reworded_negations_and_look_alikes_do_not_fire(string sentence, string id)
    {
        Detector.SignalsIn(sentence).ShouldNotContain(id);
    }

    [Fact]
    public void A_definition_does_not_fire_and_the_evidence_is_the_document_sentence_with_its_position()
    {
        var text = Text(
            "\"Services\" means the work the Supplier performs under the direction of the Client.",
            "The Client will direct the day-to-day work of the Supplier's personnel.");
        var signal = Detector.Detect(text).Single(s => s.Id == "client-directs-work");
        signal.Occurrences.ShouldBe(1);
        var evidence = signal.Evidence.Single();
        (evidence.Text, evidence.Page, evidence.Line).ShouldBe(
            ("The Client will direct the day-to-day work of the Supplier's personnel.", (int?)null, 3));
        evidence.Why.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void A_party_known_only_by_its_company_name_is_read_from_the_opening()
    {
        var text = Text(
            "This Consulting Agreement is made between Aduro Biotech, Inc., a Delaware corporation (\"Aduro\"), and Jane Roe (\"Consultant\").",
            "Consultant hereby assigns to Aduro, any and all writings, documents, work product and inventions made in performing the Services.");
        Detector.Detect(text).Select(s => s.Id).ShouldContain("ip-assigned-to-client");
    }

    [Fact]
    public void A_definitions_section_does_not_fire_until_the_next_heading()
    {
        var text = new ContractText("t.md", "markdown",
        [
            new ContractLine(null, 1, "1. Definitions", ContractLineKind.Heading),
            new ContractLine(null, 2, "Reassignment: the Client may reassign the Supplier's personnel to other projects."),
            new ContractLine(null, 4, "2. Staffing", ContractLineKind.Heading),
            new ContractLine(null, 5, "The Client may reassign the Supplier's personnel to other projects."),
        ]);
        var signal = Detector.Detect(text).Single(s => s.Id == "client-reassigns-staff");
        signal.Evidence.Single().Line.ShouldBe(5);
    }

    [Fact]
    public void A_table_of_contents_does_not_fire()
    {
        var text = new ContractText("t.md", "markdown",
        [
            new ContractLine(null, 1, "Table of Contents", ContractLineKind.Heading),
            new ContractLine(null, 2, "1. Change Orders .......... 4"),
            new ContractLine(null, 3, "2. Service Credits .......... 5"),
            new ContractLine(null, 4, "3. Acceptance Criteria .......... 6"),
        ]);
        Detector.Detect(text).ShouldBeEmpty();
    }

    [Fact]
    public void The_claimed_label_is_never_itself_a_signal()
    {
        var check = ContractChecker.Default.Check(Text("MANAGED SERVICES AGREEMENT", "This Managed Services Agreement is made between the parties."));
        check.Signals.ShouldBeEmpty();
        check.Claim.ShouldNotBeNull().Model.ShouldBe(EngagementModel.ManagedServices);
        check.Claim.Source.ShouldBe(ClaimSource.Document);
        check.Classification.ActualModel.ShouldBeNull();
    }

    [Fact]
    public void A_huge_sentence_without_punctuation_is_read_in_bounded_time()
    {
        // Guards against catastrophic backtracking; the benchmark measures the real throughput.
        var words = string.Concat(Enumerable.Repeat("the Client shall not direct the personnel of the Supplier and ", 4000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Detector.Detect(Text(words));
        watch.Stop();
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30), $"{words.Length} characters");
    }

    internal static ContractText Text(params string[] paragraphs) =>
        new("test.txt", "text", [.. paragraphs.Select((p, i) => new ContractLine(null, i * 2 + 1, p))]);
}
