#!/usr/bin/env python3
"""Builds the edited contract variants in this folder from the shared corpus (../shared/corpus from the repository root).

Each variant is a third-party agreement (Common Paper, Bonterms, CUAD; CC BY 4.0) in which we changed or inserted
clauses, in the document's own drafting style, to flip or blur the engagement model it describes. Every edit is listed
here (old text -> new text) and summarised in manifest.json, as CC BY 4.0 asks ("indicate if changes were made").
Run from the repository root: python3 tests/Sourcewise.Cli.Tests/Data/variants/make_variants.py
"""
import json, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(ROOT, "../../../../../shared/corpus"))
if not os.path.isdir(CORPUS):
    CORPUS = os.path.normpath(os.path.join(os.getcwd(), "../shared/corpus"))

PSA = "templates/commonpaper-psa-standard-terms.md"
SLA = "templates/commonpaper-sla-standard-terms.md"
CSA = "templates/commonpaper-csa-standard-terms.md"
BON = "templates/bonterms-psa-v1.2.md"
ADURO = "cuad/full_contract_txt/ADUROBIOTECH,INC_06_02_2020-EX-10.7-CONSULTING AGREEMENT.txt"
TRANS = "cuad/full_contract_txt/TRANSMONTAIGNEPARTNERSLLC_03_13_2020-EX-10.9-SERVICES AGREEMENT.txt"
DRAGON = "cuad/full_contract_txt/DRAGONSYSTEMSINC_01_08_1999-EX-10.17-OUTSOURCING AGREEMENT.txt"
WEBHELP = "cuad/full_contract_txt/WEBHELPCOMINC_03_22_2000-EX-10.8-HOSTING AGREEMENT.txt"

# Short, label-free attributions for the first line of each variant (a model label such as "Professional Services
# Agreement" in the first line would be read as the document's claim); the full attribution is in SOURCE.md.
ATTRIBUTION = {
    PSA: "Common Paper PSA Standard Terms v1, Copyright Common Paper, Inc., CC BY 4.0",
    SLA: "Common Paper SLA Standard Terms v2, Copyright Common Paper, Inc., CC BY 4.0",
    CSA: "Common Paper CSA Standard Terms, Copyright Common Paper, Inc., CC BY 4.0",
    BON: "Bonterms PSA v1.2, Bonterms, CC BY 4.0",
    ADURO: "CUAD v1 (The Atticus Project, CC BY 4.0), Aduro Biotech exhibit 10.7",
    TRANS: "CUAD v1 (The Atticus Project, CC BY 4.0), TransMontaigne exhibit 10.9",
    DRAGON: "CUAD v1 (The Atticus Project, CC BY 4.0), Dragon Systems exhibit 10.17",
    WEBHELP: "CUAD v1 (The Atticus Project, CC BY 4.0), Webhelp.com exhibit 10.8",
}


def load(path):
    with open(os.path.join(CORPUS, path), encoding="utf-8") as f:
        text = f.read()
    # Drop the corpus's own provenance comment; ours replaces it.
    return re.sub(r"\A<!--.*?-->\n", "", text, flags=re.S)


def sub(text, old, new, regex=False):
    if regex:
        matches = list(re.finditer(old, text, flags=re.S))
        if len(matches) != 1:
            sys.exit(f"expected one match of /{old[:60]}/, found {len(matches)}")
        m = matches[0]
        return text[:m.start()] + new + text[m.end():]
    count = text.count(old)
    if count != 1:
        sys.exit(f"expected one '{old[:70]}', found {count}")
    return text.replace(old, new)


VARIANTS = []


def variant(name, source, edits, tests, claimed, actual, findings, option=None, rename=None, ext=".md"):
    text = load(source)
    if rename:
        for old, new in rename:
            text = text.replace(old, new)
    for e in edits:
        text = sub(text, *e)
    # The header names the source only: the description of the edits would itself read as contract text.
    header = f"<!-- Edited test variant of {ATTRIBUTION[source]}; changes listed in SOURCE.md and make_variants.py. -->\n"
    if ext == ".txt":
        header = f"[Edited test variant of {ATTRIBUTION[source]}; changes listed in SOURCE.md and make_variants.py.]\n\n"
    file = name + ext
    with open(os.path.join(ROOT, file), "w", encoding="utf-8") as f:
        f.write(header + text)
    VARIANTS.append({"file": file, "source": source, "tests": tests, "claimedOption": option,
                     "expectedClaimed": claimed, "expectedActual": actual, "expectedFindings": sorted(findings)})


A, O, M, U = "staff-augmentation", "project-outsourcing", "managed-services", "undetermined"

PSA_COOP = "2. Cooperation.  Customer will reasonably cooperate with Provider to allow the performance of Services. Provider is not responsible for an inability to perform the Services caused by Customer's failure to cooperate as reasonably requested. Provider will provide its own equipment and tools to perform the Services."
PSA_ACCEPT = r"4\. Acceptance\.  If according to the SOW.*?within the Resubmission Period\."
PSA_INVOICE = "Provider will send invoices for Fees as described in the SOW."
PSA_CHANGE = r"3\. Change Orders\.  Provider or Customer may amend.*?agree in writing on the Change Order\."

# 1. PSA whose clauses make it staff augmentation, still titled "Professional Services Agreement".
variant("cp-psa-client-directed", PSA, [
    (PSA_COOP, "2. Direction of Provider Personnel.  Provider Personnel will perform the Services under the direction and supervision of Customer's engineering manager, who will assign their daily tasks and set their priorities. Customer may reassign any Provider Personnel to other projects or teams within Customer's organization at its discretion, without entering a Change Order. Provider Personnel will work on Customer's premises using the laptops and accounts that Customer provides."),
    (PSA_ACCEPT, "4. No Acceptance.  The Services are provided on a time and materials basis. Work performed by Provider Personnel is not subject to any acceptance procedure, and Customer's payment obligations do not depend on the approval of any Deliverable.", True),
    (PSA_INVOICE, "Fees are charged at the hourly rate for each individual listed in the SOW, multiplied by the hours worked, and Provider will invoice monthly for all hours worked by Provider Personnel as recorded on Customer-approved timesheets."),
], "client directs, reassigns and equips the vendor's people; hourly rates per individual; acceptance removed.",
    O, A, ["mislabeled-project-outsourcing", "missing-acceptance-criteria", "missing-exit-plan"])

# 2. Same PSA with renamed parties (the Company / Contractor), passive and inverted wording.
variant("cp-psa-company-contractor", PSA, [
    ("Contractor will perform the Services as detailed in an applicable SOW.",
     "Contractor will perform the Services as detailed in an applicable SOW. The Services will be performed by the Contractor Personnel named in the SOW, each of whom has been interviewed and approved by the Company, and no Contractor Personnel may be replaced without the Company's prior written consent."),
    ("2. Cooperation.  Company will reasonably cooperate with Contractor to allow the performance of Services.",
     "2. Cooperation and Control.  Company will reasonably cooperate with Contractor to allow the performance of Services. Any of the Contractor Personnel may, at the Company's discretion, be reassigned to other projects or business units of the Company, and the Company will determine the manner in which they carry out their work."),
    ("Contractor will send invoices for Fees as described in the SOW.",
     "Contractor will be compensated at the daily rate for each consultant set out in the SOW, and will send invoices for Fees as described in the SOW."),
], "parties renamed to the Company and Contractor; named, approved personnel whose replacement needs consent (double negative); passive reassignment; day rates.",
    O, A, ["mislabeled-project-outsourcing", "missing-exit-plan"],
    rename=[("Customer", "Company"), ("Provider", "Contractor")])

# 3. PSA with negated control clauses: still a project.
variant("cp-psa-negated-control", PSA, [
    (PSA_COOP, PSA_COOP + " Customer will not direct or control the manner or means by which Provider Personnel perform the Services, and Customer shall not reassign Provider Personnel to other tasks or projects. Customer's role is limited to inspecting and accepting the finished Deliverables."),
    (PSA_INVOICE, "The Fees for each Deliverable are a fixed price stated in the SOW. Provider will send invoices for Fees as described in the SOW."),
    ("b. Provider will no longer have to provide the Services.",
     "b. Provider will no longer have to provide the Services, except that for up to 60 days Provider will provide reasonable transition assistance and hand over all work in progress to Customer or its successor."),
], "negated client direction and reassignment (must not fire); fixed price per deliverable; transition assistance added.",
    O, O, [])

# 4. PSA priced per hour without cap and without acceptance, no client control.
variant("cp-psa-hourly-no-acceptance", PSA, [
    (PSA_ACCEPT, "4. Review.  Customer may comment on any Deliverable, but Deliverables are not subject to acceptance, rejection or resubmission.", True),
    (PSA_INVOICE, "Services are billed on a time-and-materials basis at the hourly rates per consultant in the SOW, with no cap on the total Fees, and Provider will send invoices for Fees monthly in arrears."),
], "only the commercial model changes: uncapped hourly time and materials, acceptance removed; change orders stay, so pricing and change control pull different ways.",
    O, U, ["mislabeled-project-outsourcing", "missing-acceptance-criteria", "model-undetermined", "missing-exit-plan"])

# 5. PSA turned into an ongoing operated service with service levels.
variant("cp-psa-ongoing-service", PSA, [
    ("Provider will perform the Services as detailed in an applicable SOW.",
     "Provider will perform the Services as detailed in an applicable SOW. The Services consist of the ongoing operation of Customer's production environment: Provider will monitor, patch and administer Customer's servers and databases around the clock and will staff a service desk for Customer's users."),
    (PSA_ACCEPT, "4. Service Levels.  Provider will respond to Severity 1 incidents within 30 minutes and resolve them within four hours, and will keep the managed environment available at least 99.9% of each calendar month. Provider will report its performance against these service levels every month.", True),
    (PSA_INVOICE, "Provider will invoice a monthly service fee per managed server as set out in the SOW."),
], "services replaced by monitoring, patching and a service desk; severity response/resolution targets; monthly fee per server; no acceptance, no credits.",
    O, M, ["project-is-managed-service", "missing-acceptance-criteria", "missing-service-credits", "missing-exit-plan"])

# 6. A project document titled "Staff Augmentation Agreement".
variant("cp-psa-called-staffaug", PSA, [
    ("# Professional Services Agreement", "# Staff Augmentation Agreement"),
    (PSA_COOP, PSA_COOP + " Provider has sole discretion to select, assign and replace the Provider Personnel who perform the Services, and bears the cost of any replacement."),
    (PSA_INVOICE, "The Fees for each Deliverable are a fixed fee stated in the SOW, payable upon Customer's acceptance of that Deliverable. Provider will send invoices for Fees as described in the SOW."),
], "title says staff augmentation; vendor chooses and replaces staff; fixed fee per deliverable on acceptance.",
    A, O, ["mislabeled-staff-augmentation", "missing-exit-plan"])

# 7. SLA terms presented as a complete managed services agreement.
SLA_INTRO = "1. Uptime\n"
variant("cp-sla-msa-complete", SLA, [
    ("# Service Level Agreement", "# Managed Services Agreement"),
    (SLA_INTRO, "0. Services and Fees\n    1. Managed Services.  Provider will host, monitor and operate the Cloud Service for Customer 24x7 and will staff a service desk that handles Customer's support requests.\n    2. Fees.  Customer will pay a monthly fee per active User as set out in the Order Form.\n    3. Exit.  Upon expiration or termination, Provider will provide up to 90 days of transition assistance and will return all Customer data in a standard format.\n\n" + SLA_INTRO),
], "SLA standard terms retitled managed services, with operated service, per-user monthly fee and exit assistance: a consistent managed service.",
    M, M, [])

# 8. "Managed Services Agreement" that is really day-rate staffing: SLA targets and credits removed.
SLA_UPTIME_TO_REMEDIES = r"1\. Uptime\n.*?4\. Definitions\n"
variant("cp-sla-dayrate-staffing", SLA, [
    ("# Service Level Agreement", "# Managed Services Agreement"),
    (SLA_UPTIME_TO_REMEDIES,
     "1. Personnel\n    1. Key Personnel.  Provider will make available the Key Personnel named in the Order Form. Customer will interview and approve each proposed individual before he or she starts work, and may reject any substitute at its discretion.\n    2. Working Hours.  Provider Personnel will work during Customer's normal business hours and will submit weekly timesheets to Customer for approval.\n\n2. Fees\n    1. Day Rates.  Customer will pay the day rate set out in the Order Form for each individual for each day worked, invoiced monthly in arrears.\n\n3. Support Requests\n    1. Support Channel.  Customer may send support requests to the Support Channel, which Provider Personnel will handle as Customer directs.\n\n4. Definitions\n", True),
], "managed-services title, but no uptime, response targets or credits; named key personnel approved by the client, client hours and timesheets, day rates.",
    M, A, ["mislabeled-managed-services", "missing-sla-targets", "missing-service-credits", "missing-ip-assignment", "missing-exit-plan"])

# 9. Managed service with SLA and credits in which the client directs the engineers day to day.
variant("cp-sla-client-directs", SLA, [
    ("# Service Level Agreement", "# Managed Services Agreement"),
    ("An automated response is not a specific acknowledgement for purposes of this SLA.",
     "An automated response is not a specific acknowledgement for purposes of this SLA.\n    3. Day-to-Day Direction.  Provider's support engineers will take their day-to-day instructions from Customer's IT operations manager, who will direct their work and set the order in which tickets are worked."),
], "complete SLA with credits, but the client's manager directs the vendor's engineers.",
    M, M, ["mislabeled-managed-services", "missing-exit-plan"])

# 10. Cloud service agreement with service levels, credits and a per-user subscription.
variant("cp-csa-with-sla", CSA, [
    ("    2. Support.  During the Subscription Period, Provider will provide Technical Support as described in the Order Form.",
     "    2. Support.  During the Subscription Period, Provider will provide Technical Support as described in the Order Form.\n    7. Service Levels.  Provider will make the Cloud Service available 99.9% of the time in each calendar month and will respond to Priority 1 support requests within one hour. If Provider misses either target in a month, Customer will receive a service credit of 5% of that month's Fees, applied against the next invoice."),
    ("    1. Fees.  Unless the Order Form specifies a different currency,",
     "    1. Fees.  Customer will pay a subscription fee per User per month as set out in the Order Form. Unless the Order Form specifies a different currency,"),
    ("        b. Upon Customer’s request, Provider will delete Customer Content within 60 days.",
     "        b. Upon Customer’s request, Provider will export and return Customer Content in a standard format and then delete it within 60 days, and Provider will provide reasonable transition assistance to Customer's successor provider during that period."),
], "cloud service with uptime and response targets, credits, per-user monthly subscription and exit assistance.",
    M, M, [])

# 11. Cloud service agreement renamed, parties renamed (Licensee / Supplier), turned into supplying people.
variant("cp-csa-licensee-people", CSA, [
    ("# Cloud Service Agreement", "# Managed Services Agreement"),
    (r"    1\. Access and Use\.  During the Subscription Period.*?Affiliates’ agreement\.",
     "    1. Engineers.  During the Subscription Period, Supplier will supply the engineers named in the Order Form to work at Licensee’s offices under the supervision of Licensee’s IT manager. Licensee may reassign those engineers to other Licensee projects at any time during the Subscription Period.", True),
    ("    1. Fees.  Unless the Order Form specifies a different currency,",
     "    1. Fees.  Fees are calculated at the hourly rate per engineer for all hours worked, as recorded on Licensee-approved time sheets. Unless the Order Form specifies a different currency,"),
], "managed-services title over named engineers at the client's offices, client supervision and reassignment, hourly rates; parties renamed Licensee and Supplier.",
    M, A, ["mislabeled-managed-services", "missing-sla-targets", "missing-service-credits", "missing-ip-assignment", "missing-exit-plan"],
    rename=[("Customer", "Licensee"), ("Provider", "Supplier")])

BON_ACCEPT = r"3\.4\.\tAcceptance\..*?(?=3\.5\.\tSubcontractors\.)"
BON_LEADS = "4.2.\tProject Updates. Provider’s Project Lead will provide regular updates to Customer’s Project Lead on the status of the Services and Deliverables, including with respect to delivery dates or other timeframes specified in the SOW."
BON_FEES = "10.1.\tFees. Customer will pay the fees described in the SOW."

# 12. Bonterms PSA edited into staff augmentation.
variant("bt-psa-staffaug", BON, [
    (BON_ACCEPT, "3.4.\tNo Acceptance. The Services are rendered on a time-and-materials basis and no Deliverable is subject to acceptance testing or a review period.\n\n", True),
    (BON_LEADS, "4.2.\tDirection. Customer’s Project Lead will assign tasks to the Provider personnel, direct the manner in which they perform them, and may reassign any of them to other Customer projects for the remainder of the SOW Term."),
    (BON_FEES, "10.1.\tFees. Customer will pay the hourly rates per individual set out in the SOW for all hours actually worked, without any cap."),
], "client's project lead assigns tasks, directs the manner and reassigns people; uncapped hourly rates; acceptance removed.",
    O, A, ["mislabeled-project-outsourcing", "missing-acceptance-criteria"])

# 13. Bonterms PSA with the staffing terms in numbered sub-clauses split over several lines.
variant("bt-psa-split-lines", BON, [
    ("3.2.\tCustomer Dependencies.",
     "3.1A.\tPersonnel.\n\n(a)\tCustomer may, at any time and in its sole discretion,\nreassign any of the Provider Personnel\nto other projects or programs of Customer.\n\n(b)\tProvider Personnel will be paid at a daily rate\nper person as set out in the SOW.\n\n(c)\tProvider Personnel will work Customer’s standard\nbusiness hours and record their hours on Customer’s\ntimesheet system.\n\n3.2.\tCustomer Dependencies."),
], "reassignment, day rates and hours in sub-clauses whose sentences are split across lines.",
    O, A, ["mislabeled-project-outsourcing"])

# 14. Bonterms PSA without change control and with licensed (not assigned) deliverables.
variant("bt-psa-licensed-no-change", BON, [
    ("any SOWs or Change Orders form the parties’ agreement", "any SOWs form the parties’ agreement"),
    ("2.5.\t“**Assigned Deliverables**” means Deliverables specified by the parties to be assigned by Provider to Customer in accordance with Section 6, but excluding any Third-Party Materials or Reserved Materials.\n\n", ""),
    ("2.8.\t“**Change Order**” is defined in Section 3.3.\n\n2.9.\t“**Change Request**” is defined in Section 3.3.\n\n", ""),
    (r"3\.3\.\tChange Orders\..*?(?=3\.4\.\tAcceptance\.)", "3.3.\tFixed Scope. The scope, schedule and fees of each SOW are fixed when the SOW is signed.\n\n", True),
    ("or the parties disagree over acceptance, a Change Request or other process,", "or the parties disagree over acceptance or another process,"),
    (r"6\.1\.\tDesignation\..*?(?=6\.4\.\tRights in Bankruptcy\.)", "6.1.\tDesignation. All Deliverables will be provided as Licensed Deliverables, and Provider retains ownership of them.\n\n6.2.\tLicensed Deliverables. \n\n(a)\tLicense. Provider hereby grants to Customer a non-exclusive, royalty-free, irrevocable, worldwide, transferable, perpetual right and license to use, reproduce, modify and distribute the Deliverables.\n\n", True),
    (BON_FEES, "10.1.\tFees. The fees for each Deliverable are a fixed fee set out in the SOW, payable upon acceptance of that Deliverable."),
    ("(c)\tExclusivity of Remedies.", "(c)\tTransition Assistance. For up to 60 days after any termination, Provider will provide reasonable transition assistance to Customer.\n\n(d)\tExclusivity of Remedies."),
], "change orders replaced by a fixed scope; deliverables licensed only; fixed fee per deliverable; transition assistance.",
    O, O, ["missing-change-control", "missing-ip-assignment"])

# 15. Bonterms PSA with exception-qualified negations.
variant("bt-psa-exceptions", BON, [
    (BON_LEADS, BON_LEADS + "\n\n4.4.\tIndependence. Except as set out in the SOW, Customer will not direct the manner or means by which Provider personnel perform the Services. Provider may not reassign the individuals named in the SOW to other work without Customer’s prior written approval, except in case of illness or departure."),
    (BON_FEES, "10.1.\tFees. The fees for each Deliverable are a fixed fee set out in the SOW."),
], "exception-qualified negated direction (must not fire); vendor may not reassign named people without approval (must not fire vendor control); fixed fee per deliverable.",
    O, O, [])

# 20. Bonterms PSA in which both sides claim the right to move the people.
variant("bt-psa-conflict", BON, [
    (BON_LEADS, BON_LEADS + "\n\n4.4.\tPersonnel. Customer may reassign Provider personnel to other Customer projects on written notice. Provider may also substitute or rotate its personnel at its sole discretion."),
], "client may reassign and vendor may substitute at its sole discretion: decisive signals conflict.",
    O, U, ["mislabeled-project-outsourcing", "model-undetermined"])

# 16. CUAD consulting agreement retitled managed services.
variant("cuad-aduro-managed", ADURO, [
    ("CONSULTING AGREEMENT\n", "MANAGED SERVICES AGREEMENT\n"),
    ("this Consulting Agreement", "this Managed Services Agreement"),
    ("as requested by Aduro from time to time.",
     "as requested by Aduro from time to time. The Services shall be performed personally by Andrea van Elsas, and Consultant shall not substitute any other individual without Aduro's prior written consent."),
], "consulting agreement (hourly rate, personal service) retitled managed services agreement.",
    M, A, ["mislabeled-managed-services", "missing-sla-targets", "missing-service-credits", "missing-exit-plan"], ext=".txt")

# 17. CUAD consulting agreement (claims staff augmentation by its title) edited into a fixed-price project.
variant("cuad-aduro-fixed-fee", ADURO, [
    (r"1\. Services\. At the request and direction of Aduro.*?from time to time\.",
     "1. Services. Consultant will deliver the reports and analyses described in Exhibit A (each, a \"Deliverable\"). Consultant will determine the manner and means of performing the Services and may, in its sole discretion, assign and substitute its own personnel.", True),
    (r"2\. Compensation and Expenses\. Aduro shall pay Consultant for the Services at the rate of €500 per hour\. On a monthly basis, Consultant shall submit to Aduro an invoice for the hours worked along with",
     "2. Compensation and Expenses. Aduro shall pay Consultant a fixed fee of €40,000 for each Deliverable, payable upon Aduro's acceptance of that Deliverable. Aduro will review each Deliverable within ten business days and may reject it by written notice, in which case Consultant will correct and resubmit it at its own cost. Consultant shall submit to Aduro an invoice for each accepted Deliverable along with", True),
], "consulting agreement turned into fixed fee per deliverable with acceptance and vendor-controlled staffing.",
    A, O, ["mislabeled-staff-augmentation", "missing-change-control", "missing-exit-plan"], ext=".txt")

# 18. CUAD employee services agreement retitled as a professional services agreement.
variant("cuad-transmontaigne-psa", TRANS, [
    ("Exhibits 10.9 SERVICES AGREEMENT", "Exhibits 10.9 PROFESSIONAL SERVICES AGREEMENT"),
    ("such other services as may be determined by the Parties from time to time.",
     "such other services as may be determined by the Parties from time to time. The Operating Company shall direct and supervise the day-to-day activities of the Services Employees, and may reassign any Services Employee to other affiliates or projects as its business requires."),
    ("1.3 Additional Fee.", "EmployeeCo shall also invoice the Operating Company monthly at the hourly rate of each Services Employee for all hours worked.\n\n1.3 Additional Fee."),
], "seconded employees directed and reassigned by the client, billed per hour, under a professional-services title.",
    O, A, ["mislabeled-project-outsourcing", "missing-acceptance-criteria", "missing-change-control", "missing-ip-assignment", "missing-exit-plan"], ext=".txt")

# 19. CUAD outsourcing agreement turned into a run service, claimed as a project with --claimed.
variant("cuad-dragon-run-service", DRAGON, [
    (r"4\.       ACCEPTANCE OF SERVICES.*?or its customers\.",
     "4.       SERVICE LEVELS\n\nMMI shall respond to each service request from Dragon Systems within four (4) hours and shall resolve Priority 1 issues within one (1) business day. MMI shall operate the order-fulfilment help desk for Dragon Systems' customers.", True),
    ("Dragon Systems will compensate MMI for all Services rendered in accordance with the rates specified in the Annex \"Prices.\"",
     "Dragon Systems will pay MMI a monthly management fee as specified in the Annex \"Prices.\""),
], "acceptance replaced by response/resolution targets and a help desk; monthly management fee; checked with --claimed project-outsourcing.",
    O, M, ["project-is-managed-service", "missing-acceptance-criteria", "missing-change-control", "missing-ip-assignment", "missing-service-credits", "missing-exit-plan"],
    option=O, ext=".txt")

# 21. PSA edited into a secondment, in British drafting.
variant("cp-psa-secondment", PSA, [
    (PSA_COOP, "2. Secondment.  Provider will second the Seconded Staff listed in the SOW to Customer. Throughout the secondment the Seconded Staff will report to, and act under the instructions of, Customer's line managers, who may allocate them to any of Customer's programmes as its priorities change."),
    (PSA_ACCEPT, "4. Sign-off.  Timesheets of the Seconded Staff will be signed off weekly by Customer's line manager. There is no separate acceptance of any work product.", True),
    (PSA_INVOICE, "Provider will invoice a charge of £650 per Seconded Staff member per day worked, monthly in arrears."),
], "secondment in British wording: staff act under the client's managers' instructions and are allocated to its programmes; charge per person per day; weekly timesheets; acceptance removed.",
    O, A, ["mislabeled-project-outsourcing", "missing-acceptance-criteria", "missing-exit-plan"])

# 22. Bonterms PSA on capped time and materials: still a project.
variant("bt-psa-capped-tm", BON, [
    (BON_FEES, "10.1.\tFees. Customer will pay for the Services on a time-and-materials basis at the hourly rates in the SOW, subject to the not-to-exceed amount stated in the SOW for each Deliverable; any hours needed beyond that amount are at Provider’s own cost."),
], "hourly rates under a not-to-exceed cap per deliverable with overruns at the vendor's cost (capped time and materials), acceptance kept.",
    O, O, [])

# 23. Cloud service with full service levels, but the client may redeploy the vendor's on-site technicians.
variant("cp-csa-msp-redeploy", CSA, [
    ("# Cloud Service Agreement", "# Managed Services Agreement"),
    ("    2. Support.  During the Subscription Period, Provider will provide Technical Support as described in the Order Form.",
     "    2. Support.  During the Subscription Period, Provider will provide Technical Support as described in the Order Form, including through the on-site technicians listed in the Order Form. Customer may redeploy the on-site technicians to other Customer locations or projects as its needs change.\n    7. Service Levels.  Provider will resolve Severity 1 incidents within four hours and will keep the Cloud Service available 99.9% of each calendar month; for each missed target Customer will receive a service credit of 5% of that month’s Fees."),
    ("    1. Fees.  Unless the Order Form specifies a different currency,",
     "    1. Fees.  Customer will pay a monthly fee per managed device as set out in the Order Form. Unless the Order Form specifies a different currency,"),
], "service levels, credits and a per-device monthly fee, but the client may redeploy the vendor's technicians.",
    M, M, ["mislabeled-managed-services", "missing-exit-plan"])

# 24. CUAD employee-services agreement with vendor-side control, checked as claimed staff augmentation.
variant("cuad-transmontaigne-vendor-control", TRANS, [
    ("such other services as may be determined by the Parties from time to time.",
     "such other services as may be determined by the Parties from time to time. The Provider shall determine, in its sole discretion, which of its personnel perform the Services and may replace any of them at any time at its own cost. The Operating Company shall not direct or control the Services Employees, who shall remain under the exclusive supervision of the Provider."),
    ("TransMontaigne Management Company, LLC, a Delaware limited liability company (\"EmployeeCo\")",
     "TransMontaigne Management Company, LLC, a Delaware limited liability company (\"EmployeeCo\" or the \"Provider\")"),
], "vendor chooses and replaces staff at its own cost and supervises them; client may not direct them; checked with --claimed staff-augmentation.",
    A, O, ["mislabeled-staff-augmentation", "missing-acceptance-criteria", "missing-change-control", "missing-ip-assignment", "missing-exit-plan"],
    option=A, ext=".txt")

# 25. A project agreement retitled as managed services: no mislabel rule applies, but the service terms are missing.
variant("bt-psa-called-managed", BON, [
    ("# Bonterms Professional Services Agreement (Version 1.2)", "# Managed Services Agreement"),
    ("**1.\tThe Agreement**. The Bonterms Professional Services Agreement provides", "**1.\tThe Agreement**. This Managed Services Agreement provides"),
    (BON_FEES, "10.1.\tFees. The fees for each Deliverable are a fixed fee set out in the SOW."),
], "a fixed-fee project with acceptance and change orders titled managed services: missing SLA terms, no mislabel.",
    M, O, ["missing-sla-targets", "missing-service-credits"])

# 26. CUAD outsourcing agreement retitled managed services, content unchanged.
variant("cuad-dragon-called-managed", DRAGON, [
    ("OUTSOURCING AGREEMENT\n", "MANAGED SERVICES AGREEMENT\n"),
], "title changed to managed services only; no service levels in the clauses.",
    M, U, ["missing-sla-targets", "missing-service-credits", "missing-exit-plan", "model-undetermined"], ext=".txt")

# 27. A consistent time-and-materials staffing agreement, with the vendor's own laptops.
variant("cp-psa-tm-consistent", PSA, [
    ("# Professional Services Agreement", "# Time and Materials Agreement"),
    (PSA_COOP, PSA_COOP + " Customer will direct the day-to-day work of the Provider Personnel and will approve their timesheets each week."),
    (PSA_ACCEPT, "4. Work Product.  Work product is delivered as it is produced; there is no acceptance procedure.", True),
    (PSA_INVOICE, "Provider will invoice monthly for the hours worked at the hourly rate for each consultant in the SOW."),
], "consistent staff augmentation (client direction, timesheets, hourly rates) even though the vendor brings its own equipment.",
    A, A, ["missing-exit-plan"])

# 28. CUAD consulting agreement, client named by its company name, edited so the client moves the consultant's people.
variant("cuad-aduro-named-client", ADURO, [
    ("CONSULTING AGREEMENT\n", "PROFESSIONAL SERVICES AGREEMENT\n"),
    ("this Consulting Agreement", "this Professional Services Agreement"),
    ("as requested by Aduro from time to time.",
     "as requested by Aduro from time to time. Aduro may reassign any of Consultant's personnel to other Aduro research programs at any time, and Aduro's Head of Research will direct the day-to-day work of Consultant's personnel."),
], "the client is named (Aduro), not called Client or Company: it reassigns and directs the consultant's people; hourly rate.",
    O, A, ["mislabeled-project-outsourcing", "missing-acceptance-criteria", "missing-change-control", "missing-exit-plan"], ext=".txt")

# 29. CUAD hosting agreement, vendor named ("eGain"), turned into engineers billed per hour under the client's direction.
variant("cuad-webhelp-named-vendor", WEBHELP, [
    ("2.1 Customer Support. eGain will provide live telephone support to Customer 24-hours-a-day, seven-days-a-week by a trained eGain customer support representative.",
     "2.1 Engineers. eGain shall make available the eGain engineers named in Exhibit B, who shall work under the day-to-day direction of Customer's IT director and whom Customer may reassign to other Customer projects. Customer shall pay eGain at the hourly rate in Exhibit B for each engineer. eGain shall not replace any named engineer without Customer's prior written consent."),
], "the vendor is named (eGain): named engineers directed and reassignable by the client, hourly rates, under a hosting (managed) title.",
    M, A, ["mislabeled-managed-services", "missing-sla-targets", "missing-service-credits", "missing-ip-assignment", "missing-exit-plan"], ext=".txt")

# 30. PSA with parties renamed Vendor and Buyer; rate-card billing for time spent; resources moved between projects.
variant("cp-psa-vendor-buyer", PSA, [
    ("2. Cooperation.  Buyer will reasonably cooperate with Vendor to allow the performance of Services.",
     "2. Cooperation and Tasking.  Buyer will reasonably cooperate with Vendor to allow the performance of Services. Buyer shall be entitled to assign Vendor's resources to such tasks as Buyer may require from time to time, and to transfer them between Buyer's projects."),
    (r"4\. Acceptance\.  If according to the SOW.*?within the Resubmission Period\.", "4. Delivery.  Deliverables are deemed delivered when Vendor provides them to Buyer; no acceptance testing applies.", True),
    ("Vendor will send invoices for Fees as described in the SOW.",
     "Vendor shall bill Buyer monthly in arrears for the time actually spent by each resource at the applicable rate card rate per hour."),
], "parties renamed Vendor and Buyer; the buyer tasks and transfers the vendor's resources between its projects; rate-card billing per hour; no acceptance.",
    O, A, ["mislabeled-project-outsourcing", "missing-acceptance-criteria", "missing-exit-plan"],
    rename=[("Customer", "Buyer"), ("Provider", "Vendor")])

# 31. Managed service priced per FTE, with service levels and credits intact.
variant("cp-sla-fte-priced", SLA, [
    ("# Service Level Agreement", "# Managed Services Agreement"),
    (SLA_INTRO, "0. Charges\n    1. Monthly Charges.  Customer will pay Provider a monthly charge for each full-time equivalent (FTE) assigned to the support team, as set out in the Order Form.\n    2. Exit.  On expiry or termination Provider will give Customer reasonable termination assistance.\n\n" + SLA_INTRO),
], "per-FTE monthly pricing but full service levels and credits, no client control: a managed service, no mislabel.",
    M, M, [])

# 32. Bonterms PSA titled as a staffing agreement, paid by milestones and managed by the vendor.
variant("bt-psa-called-staffing", BON, [
    ("# Bonterms Professional Services Agreement (Version 1.2)", "# Contractor Staffing Agreement"),
    ("**1.\tThe Agreement**. The Bonterms Professional Services Agreement provides", "**1.\tThe Agreement**. This Contractor Staffing Agreement provides"),
    (BON_FEES, "10.1.\tFees. Fees shall be paid in instalments upon achievement of the milestones set out in the SOW."),
    (BON_LEADS, BON_LEADS + "\n\n4.4.\tManagement. The Provider personnel shall be managed exclusively by Provider’s engagement manager, who will supervise their work."),
], "staffing title over milestone payments with acceptance and a vendor-side engagement manager.",
    A, O, ["mislabeled-staff-augmentation"])

# 33. Cloud service turned into a ticket-priced help desk, checked as a claimed project.
variant("cp-csa-helpdesk-tickets", CSA, [
    ("    2. Support.  During the Subscription Period, Provider will provide Technical Support as described in the Order Form.",
     "    2. Help Desk.  During the Subscription Period, Provider shall operate a help desk for Customer’s Users. Priority 1 tickets shall be responded to within 30 minutes and Priority 2 tickets within 2 business hours."),
    ("    1. Fees.  Unless the Order Form specifies a different currency,",
     "    1. Fees.  Fees are charged per ticket per month at the rates in the Order Form. Unless the Order Form specifies a different currency,"),
], "help desk with response targets by priority, priced per ticket per month; checked with --claimed project-outsourcing.",
    O, M, ["project-is-managed-service", "missing-acceptance-criteria", "missing-change-control", "missing-ip-assignment", "missing-service-credits", "missing-exit-plan"],
    option=O)

# 34. Bonterms PSA with negated time-and-materials and negated reassignment.
variant("bt-psa-negated-pricing", BON, [
    (BON_FEES, "10.1.\tFees. Fees are not calculated on a time-and-materials or hourly basis; each Deliverable has a fixed price set out in the SOW."),
    (BON_LEADS, BON_LEADS + "\n\n4.4.\tPersonnel. Customer has no right to reassign Provider personnel to other work."),
], "negated time-and-materials and negated client reassignment (must not fire); fixed price per deliverable.",
    O, O, [])

# 35. PSA whose people are integrated into the client's organisation.
variant("cp-psa-integrated-staff", PSA, [
    (PSA_COOP, "2. Integration.  Provider Personnel will be given Customer e-mail addresses, will appear in Customer's organisation chart as members of Customer's engineering team, and will line-manage Customer's junior employees."),
    (PSA_ACCEPT, "4. Deliverables.  Deliverables are not subject to acceptance.", True),
    (PSA_INVOICE, "Provider will invoice the hours worked by each consultant at the hourly rates in the SOW."),
], "vendor staff integrated as the client's staff (client e-mail, org chart, line-managing client employees); hourly; no acceptance.",
    O, A, ["mislabeled-project-outsourcing", "missing-acceptance-criteria", "missing-exit-plan"])

# 36. Managed service whose engineers are supervised by the client only where the SLA says so (exception-qualified).
variant("cp-sla-exception-direction", SLA, [
    ("# Service Level Agreement", "# Managed Services Agreement"),
    ("An automated response is not a specific acknowledgement for purposes of this SLA.",
     "An automated response is not a specific acknowledgement for purposes of this SLA.\n    3. Provider Staff.  Except as set out in this SLA, Customer shall not direct or supervise Provider's support staff, and Provider will decide which of its engineers handle each request.\n    4. Fees.  Customer will pay a monthly support fee per User.\n    5. Exit.  On termination Provider will return all Customer data and provide transition services for 30 days."),
], "managed service with SLA and credits; exception-qualified negated client direction; vendor decides which engineers work.",
    M, M, [])

# 37. CUAD consulting agreement whose passive clauses put the work under the client's supervision, checked as managed services.
variant("cuad-aduro-passive-supervision", ADURO, [
    ("as requested by Aduro from time to time.",
     "as requested by Aduro from time to time. The Services shall be performed under the supervision and control of the Company's Chief Medical Officer, and Consultant's personnel may be moved to other Company programs at the Company's request."),
    ("Aduro Biotech, Inc., with a place of business at 740 Heinz Avenue, Berkeley, CA 94710 (\"Aduro\")",
     "Aduro Biotech, Inc., with a place of business at 740 Heinz Avenue, Berkeley, CA 94710 (\"Aduro\" or the \"Company\")"),
], "client called both Aduro and the Company; passive supervision and reassignment at the client's request; hourly; checked with --claimed managed-services.",
    M, A, ["mislabeled-managed-services", "missing-sla-targets", "missing-service-credits", "missing-exit-plan"],
    option=M, ext=".txt")

# 38. Bonterms PSA claimed as staff augmentation where the vendor's lead supervises but nothing else changes.
variant("bt-psa-claimed-staffaug-lead", BON, [
    (BON_LEADS, BON_LEADS + " Provider’s Project Lead will supervise and direct all Provider personnel performing the Services."),
], "unchanged project terms plus a vendor-side lead who supervises the team; checked with --claimed staff-augmentation.",
    A, O, ["mislabeled-staff-augmentation"], option=A)

# 39. Common Paper PSA with a numbered sub-clause list of staffing terms written in the passive.
variant("cp-psa-numbered-passive", PSA, [
    (PSA_COOP, PSA_COOP.replace(" Provider will provide its own equipment and tools to perform the Services.", "") + "\n    7. Staffing.\n        a. The individuals listed in the SOW are to be approved by Customer before they start, and may be removed at Customer's request.\n        b. Their working hours are to be set by Customer.\n        c. They are to be billed at the day rates stated in the SOW."),
    (PSA_ACCEPT, "4. Acceptance.  Intentionally omitted.", True),
], "staffing terms as a lettered list in the passive (approved by Customer, hours set by Customer, day rates); acceptance omitted.",
    O, A, ["mislabeled-project-outsourcing", "missing-acceptance-criteria", "missing-exit-plan"])

with open(os.path.join(ROOT, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump(VARIANTS, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"{len(VARIANTS)} variants written")
