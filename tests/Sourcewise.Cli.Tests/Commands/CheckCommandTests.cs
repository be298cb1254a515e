using System.Text.Json;
using Sourcewise.Cli.Infrastructure;

namespace Sourcewise.Cli.Tests.Commands;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sourcewise-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SourcewiseCli.RunAsync(args, CliEnvironment.ForWriters(output, error));
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private const string ManagedServicesThatIsStaffing = """
        MANAGED SERVICES AGREEMENT

        The Client will direct the day-to-day work of the Supplier's personnel.

        The Client shall pay the Supplier an hourly rate of $150 per consultant.

        The Client may reassign the Supplier's personnel to other projects at its discretion.
        """;

    [Fact]
    public async Task Json_has_the_interface_shape_and_quotes_the_document()
    {
        var file = Write("msa.txt", ManagedServicesThatIsStaffing);
        var (exit, stdout, _) = await Run("check", file, "--format", "json");
        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("document").GetString().ShouldBe(file);
        root.GetProperty("claimedModel").GetString().ShouldBe("managed-services");
        root.GetProperty("actualModel").GetString().ShouldBe("staff-augmentation");
        root.GetProperty("scores").GetProperty("staff-augmentation").GetDouble().ShouldBeGreaterThan(0);
        var signal = root.GetProperty("signals").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "client-directs-work");
        signal.GetProperty("towards").GetString().ShouldBe("staff-augmentation");
        signal.GetProperty("strength").GetString().ShouldBe("strong");
        var evidence = signal.GetProperty("evidence")[0];
        evidence.GetProperty("text").GetString().ShouldBe("The Client will direct the day-to-day work of the Supplier's personnel.");
        evidence.GetProperty("page").ValueKind.ShouldBe(JsonValueKind.Null);
        evidence.GetProperty("line").GetInt32().ShouldBe(3);
        var finding = root.GetProperty("findings").EnumerateArray().First();
        finding.GetProperty("id").GetString().ShouldBe("mislabeled-managed-services");
        finding.GetProperty("severity").GetString().ShouldBe("error");
        finding.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        finding.GetProperty("evidence").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Claimed_option_overrides_the_document_label()
    {
        var file = Write("msa.txt", ManagedServicesThatIsStaffing);
        var (_, stdout, _) = await Run("check", file, "--claimed", "staff-augmentation", "--format", "json");
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("claimedModel").GetString().ShouldBe("staff-augmentation");
        json.RootElement.GetProperty("findings").EnumerateArray().ShouldNotContain(f => f.GetProperty("id").GetString()!.StartsWith("mislabeled-"));
    }

    [Fact]
    public async Task An_unknown_claimed_model_is_a_usage_error()
    {
        var file = Write("msa.txt", ManagedServicesThatIsStaffing);
        (await Run("check", file, "--claimed", "managed-service")).Exit.ShouldBe(2);
    }

    [Fact]
    public async Task Sarif_has_the_required_2_1_0_properties_and_one_result_per_finding()
    {
        var file = Write("msa.txt", ManagedServicesThatIsStaffing);
        var (exit, stdout, _) = await Run("check", file, "--format", "sarif");
        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("version").GetString().ShouldBe("2.1.0");
        root.GetProperty("$schema").GetString()!.ShouldContain("sarif-2.1.0");
        var run = root.GetProperty("runs").EnumerateArray().Single();
        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().ShouldBe("sourcewise");
        var rules = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var (_, jsonOut, _) = await Run("check", file, "--format", "json");
        using var check = JsonDocument.Parse(jsonOut);
        results.Count.ShouldBe(check.RootElement.GetProperty("findings").GetArrayLength());
        foreach (var result in results)
        {
            // SARIF 2.1.0: a result requires message (with text); ruleId must name a rule of the driver.
            result.GetProperty("message").GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
            rules.ShouldContain(result.GetProperty("ruleId").GetString());
            result.GetProperty("ruleIndex").GetInt32().ShouldBe(rules.IndexOf(result.GetProperty("ruleId").GetString()));
            result.GetProperty("level").GetString().ShouldBeOneOf("none", "note", "warning", "error");
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Uri.TryCreate(uri, UriKind.RelativeOrAbsolute, out _).ShouldBeTrue();
            uri.ShouldEndWith("msa.txt");
            location.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        }

        results.First().GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region")
            .GetProperty("startLine").GetInt32().ShouldBe(7); // the client-reassigns-staff sentence, the first evidence of the mislabel
    }

    [Fact]
    public async Task The_terminal_report_puts_claim_and_findings_before_signals()
    {
        var file = Write("msa.txt", ManagedServicesThatIsStaffing);
        var (exit, stdout, _) = await Run("check", file);
        exit.ShouldBe(0);
        stdout.IndexOf("Claims:", StringComparison.Ordinal).ShouldBeLessThan(stdout.IndexOf("Findings", StringComparison.Ordinal));
        stdout.IndexOf("mislabeled-managed-services", StringComparison.Ordinal).ShouldBeLessThan(stdout.IndexOf("Signals", StringComparison.Ordinal));
        stdout.ShouldContain("\"The Client will direct the day-to-day work of the Supplier's personnel.\" (line 3)");
    }

    [Fact]
    public async Task Markdown_lists_findings_and_signals()
    {
        var file = Write("msa.txt", ManagedServicesThatIsStaffing);
        var (exit, stdout, _) = await Run("check", file, "--format", "markdown");
        exit.ShouldBe(0);
        stdout.ShouldStartWith("# Proposal check");
        stdout.ShouldContain("**mislabeled-managed-services** (error)");
        stdout.ShouldContain("`client-directs-work`");
    }

    [Fact]
    public async Task A_batch_reports_the_bad_file_checks_the_rest_and_exits_1()
    {
        Write("a-msa.txt", ManagedServicesThatIsStaffing);
        File.WriteAllBytes(Path.Combine(_dir, "b-broken.pdf"), "%PDF-1.7 truncated"u8.ToArray());
        Write("c-answers.yaml", "sla-targets: yes\nservice-credits: yes\nrecurring-unit-fee: yes\n");
        var (exit, stdout, stderr) = await Run("check", _dir, "--format", "json");
        exit.ShouldBe(1);
        stderr.ShouldContain("b-broken.pdf");
        using var json = JsonDocument.Parse(stdout);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        documents.Count.ShouldBe(2);
        documents[1].GetProperty("actualModel").GetString().ShouldBe("managed-services");
        var summary = json.RootElement.GetProperty("summary");
        summary.GetProperty("checked").GetInt32().ShouldBe(2);
        summary.GetProperty("failed").GetInt32().ShouldBe(1);
        json.RootElement.GetProperty("errors")[0].GetProperty("document").GetString()!.ShouldEndWith("b-broken.pdf");
    }

    [Fact]
    public async Task A_batch_in_text_prints_a_summary_table()
    {
        Write("a-msa.txt", ManagedServicesThatIsStaffing);
        var (exit, stdout, _) = await Run("check", _dir);
        exit.ShouldBe(0);
        stdout.ShouldContain("a-msa.txt");
        stdout.ShouldContain("1 checked, 0 failed, 1 not what they claim");
    }

    [Fact]
    public async Task A_questionnaire_with_an_unknown_signal_id_fails_with_a_suggestion()
    {
        var file = Write("answers.yaml", "claimedModel: managed-services\nsla-target: yes\n");
        var (exit, stdout, stderr) = await Run("check", file);
        exit.ShouldBe(1);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("answers.yaml:2");
        stderr.ShouldContain("did you mean 'sla-targets'");
    }

    [Fact]
    public async Task A_questionnaire_is_judged_like_a_contract()
    {
        var file = Write("answers.yaml", "name: Slides only\nclaimedModel: managed-services\nper-head-pricing: yes\nclient-directs-work: yes\nsla-targets: no\nservice-credits: unknown\n");
        var (exit, stdout, _) = await Run("check", file, "--format", "json");
        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("actualModel").GetString().ShouldBe("staff-augmentation");
        json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString())
            .ShouldContain("mislabeled-managed-services");
    }

    [Fact]
    public async Task A_missing_file_is_bad_input_without_a_stack_trace()
    {
        var (exit, _, stderr) = await Run("check", Path.Combine(_dir, "nope.pdf"));
        exit.ShouldBe(1);
        stderr.ShouldContain("nope.pdf");
        stderr.ShouldNotContain("   at ");
    }
}
