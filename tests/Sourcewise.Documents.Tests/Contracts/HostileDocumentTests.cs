using System.Diagnostics;
using Sourcewise.Contracts;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Contracts;

namespace Sourcewise.Documents.Tests.Contracts;

/// <summary>Documents built to crash or exhaust a reader (issues 13 and 16): each is refused with one error naming the
/// file, in bounded time, and never takes the test host down. The structure checks catch them with a precise reason;
/// with those checks switched off, the isolated reader process still contains them.</summary>
public sealed class HostileDocumentTests
{
    private static async Task<Result<ContractText>> ReadAsync(byte[] bytes, string name, ContractReaderOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return await ContractReader.ReadStreamAsync(stream, name, options, CancellationToken.None);
    }

    private static Diagnostic Error(Result<ContractText> result)
    {
        result.Success.ShouldBeFalse();
        return result.Diagnostics.Where(d => d.IsError).ShouldHaveSingleItem();
    }

    /// <summary>The structure checks off: only the isolated reader process stands between the file and the host.</summary>
    private static readonly ContractReaderOptions WorkerOnly = new() { SkipStructureChecks = true };

    [Fact]
    public async Task A_plain_PDF_still_reads_in_the_isolated_reader_and_in_process()
    {
        foreach (var isolation in new[] { ContractReaderIsolation.ChildProcess, ContractReaderIsolation.InProcess })
        {
            var result = await ReadAsync(HostileDocuments.Plain(), "plain.pdf", new() { Isolation = isolation });

            result.GetValueOrThrow().Lines.ShouldHaveSingleItem().ShouldBe(
                new ContractLine(1, 1, "The Supplier shall deliver the services.", ContractLineKind.Body));
        }
    }

    [Fact]
    public async Task The_reader_process_gets_a_memory_limit_and_none_of_the_host_secrets()
    {
        const string Secret = "SOURCEWISE_TEST_SECRET_FOR_THE_READER";
        Environment.SetEnvironmentVariable(Secret, "do-not-pass");
        var pids = new List<int>();
        // A budget no other test uses, so a fresh reader process starts with the variable set.
        var options = new ContractReaderOptions { MaxReaderMemoryBytes = 300L << 20, ReaderProcessUsed = pids.Add };

        var result = await ReadAsync(HostileDocuments.Plain(), "plain.pdf", options);

        result.Success.ShouldBeTrue();
        var environment = (await File.ReadAllTextAsync($"/proc/{pids.ShouldHaveSingleItem()}/environ")).Split('\0');
        // 300 MiB less 96 MiB for the runtime: 204 MiB.
        environment.ShouldContain("DOTNET_GCHeapHardLimit=0xCC00000");
        environment.ShouldNotContain(v => v.StartsWith(Secret, StringComparison.Ordinal));
        Environment.SetEnvironmentVariable(Secret, null);
    }

    [Fact]
    public async Task A_plain_DOCX_still_reads_in_the_isolated_reader()
    {
        var result = await ReadAsync(HostileDocuments.NestedContentControls(3), "sow.docx");

        result.GetValueOrThrow().Lines.Select(l => l.Text).ShouldBe(["Statement of work", "The Supplier shall deliver."]);
    }

    [Fact]
    public async Task A_reference_cycle_in_the_page_resources_is_refused_before_PdfPig_sees_it()
    {
        var bytes = HostileDocuments.ResourcesReferenceCycle();

        var error = Error(await ReadAsync(bytes, "cycle.pdf"));

        bytes.Length.ShouldBeLessThan(1024);
        error.Code.ShouldBe("pdf-cycle");
        error.ToString().ShouldBe("cycle.pdf: has a reference cycle (object 6 → 7 → 6); it may be damaged or hostile");
    }

    [Fact]
    public async Task A_reference_cycle_overflows_the_stack_of_the_isolated_reader_only()
    {
        var error = Error(await ReadAsync(HostileDocuments.ResourcesReferenceCycle(), "cycle.pdf", WorkerOnly));

        error.Code.ShouldBe("reader-crashed");
        error.ToString().ShouldBe("cycle.pdf: cannot be read safely: the reader stopped (the document's structure is "
            + "too deep or cyclic, or it needs more than 512 MiB); it may be damaged or hostile");
    }

    [Fact]
    public async Task A_reference_cycle_is_also_refused_in_process_by_the_structure_checks()
    {
        var error = Error(await ReadAsync(HostileDocuments.ResourcesReferenceCycle(), "cycle.pdf",
            new() { Isolation = ContractReaderIsolation.InProcess }));

        error.Code.ShouldBe("pdf-cycle");
    }

    [Fact]
    public async Task A_reference_cycle_inside_an_object_stream_is_refused()
    {
        var error = Error(await ReadAsync(HostileDocuments.ReferenceCycleInObjectStream(), "objstm.pdf"));

        error.ToString().ShouldBe("objstm.pdf: has a reference cycle (object 6 → 7 → 6); it may be damaged or hostile");
    }

    [Fact]
    public async Task A_page_tree_10000_levels_deep_is_refused()
    {
        var error = Error(await ReadAsync(HostileDocuments.DeepPageTree(10_000), "tree.pdf"));

        error.Code.ShouldBe("pdf-too-deep");
        error.ToString().ShouldStartWith("tree.pdf: has a page tree nested more than 256 deep (object 10 → 11 → 12…)");
    }

    [Fact]
    public async Task A_cycle_in_the_page_tree_is_refused()
    {
        var error = Error(await ReadAsync(HostileDocuments.CyclicPageTree(), "tree.pdf"));

        error.ToString().ShouldBe("tree.pdf: has a page tree that contains itself (object 2 → 6 → 2); it may be damaged or hostile");
    }

    [Fact]
    public async Task A_form_XObject_that_draws_itself_is_refused()
    {
        var error = Error(await ReadAsync(HostileDocuments.SelfDrawingForm(), "form.pdf"));

        error.ToString().ShouldBe("form.pdf: has a form XObject that draws itself (object 6 → 6); it may be damaged or hostile");
    }

    [Fact]
    public async Task Form_XObjects_that_draw_each_other_are_refused()
    {
        var error = Error(await ReadAsync(HostileDocuments.MutuallyDrawingForms(), "forms.pdf"));

        error.ToString().ShouldBe("forms.pdf: has a form XObject that draws itself (object 6 → 7 → 6); it may be damaged or hostile");
    }

    [Fact]
    public async Task A_form_XObject_that_draws_itself_crashes_only_the_isolated_reader()
    {
        var error = Error(await ReadAsync(HostileDocuments.SelfDrawingForm(), "form.pdf", WorkerOnly));

        error.Code.ShouldBe("reader-crashed");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Arrays_or_dictionaries_nested_100000_deep_are_refused_with_the_object(bool dictionaries)
    {
        var error = Error(await ReadAsync(HostileDocuments.DeeplyNested(100_000, dictionaries), "deep.pdf"));

        error.ToString().ShouldBe("deep.pdf: has arrays or dictionaries nested more than 256 deep (object 3); it may be damaged or hostile");
    }

    [Fact]
    public async Task Arrays_nested_100000_deep_in_a_content_stream_are_refused_with_the_object()
    {
        var error = Error(await ReadAsync(HostileDocuments.DeeplyNestedContent(100_000), "deep.pdf"));

        error.ToString().ShouldBe("deep.pdf: has arrays or dictionaries nested more than 256 deep (object 4); it may be damaged or hostile");
    }

    [Fact]
    public async Task Nesting_below_the_limit_is_read()
    {
        var result = await ReadAsync(HostileDocuments.DeeplyNested(200, dictionaries: false), "fine.pdf");

        result.GetValueOrThrow().Lines.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_DOCX_with_40000_nested_content_controls_is_refused_with_the_part()
    {
        var bytes = HostileDocuments.NestedContentControls(40_000);
        var started = Stopwatch.StartNew();

        var error = Error(await ReadAsync(bytes, "sdt.docx"));

        bytes.Length.ShouldBeLessThan(8 * 1024);
        error.ToString().ShouldBe("sdt.docx: word/document.xml nests elements more than 256 deep; it may be damaged or hostile");
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_content_stream_inflating_to_1_GiB_is_stopped_at_the_stream_limit()
    {
        var bytes = HostileDocuments.InflationBomb(1L << 30);
        var started = Stopwatch.StartNew();

        var error = Error(await ReadAsync(bytes, "bomb.pdf"));

        bytes.Length.ShouldBeInRange(900_000, 1_200_000);
        error.Code.ShouldBe("pdf-bomb");
        error.ToString().ShouldBe("bomb.pdf: has a compressed stream (object 4) that inflates to more than 64 MiB "
            + "(a decompression bomb?); stopped reading");
        // Stopping at 64 MiB takes well under a second; the bound is loose for a busy 2-core machine.
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Inflation_is_held_to_the_document_limit()
    {
        var error = Error(await ReadAsync(HostileDocuments.InflationBomb(16L << 20, streams: 3), "bomb.pdf",
            new() { MaxInflatedBytes = 40L << 20 }));

        error.ToString().ShouldBe("bomb.pdf: has compressed streams that inflate to more than 40 MiB in all "
            + "(a decompression bomb?); stopped reading");
    }

    [Fact]
    public async Task Without_the_structure_checks_an_inflation_bomb_stays_within_the_reader_memory_budget()
    {
        const long Budget = 256L << 20;
        var pids = new List<int>();
        var started = Stopwatch.StartNew();

        var result = await ReadAsync(HostileDocuments.InflationBomb(1L << 30), "bomb.pdf",
            WorkerOnly with { MaxReaderMemoryBytes = Budget, ReaderProcessUsed = pids.Add });

        // PdfPig may give up on the stream it cannot hold (and read the page's other stream), or the reader is
        // stopped at its budget; either way the memory stays bounded (in process, this file peaked at 2.6 GB).
        if (!result.Success)
        {
            var error = Error(result);
            error.Code.ShouldBeOneOf("reader-out-of-memory", "reader-crashed");
            error.Message.ShouldContain("256 MiB");
        }

        var pid = pids.ShouldHaveSingleItem();
        if (PeakResidentBytes(pid) is { } peak)
        {
            peak.ShouldBeLessThanOrEqualTo(Budget);
        }

        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
    }

    /// <summary>The process's peak resident memory (VmHWM), or null when it is gone.</summary>
    private static long? PeakResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line[6..].Trim().Replace(" kB", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    [Fact]
    public async Task The_timeout_kills_the_reader_process_and_returns_in_time()
    {
        // Without the structure checks, OpenXml spends minutes on 40,000 nested content controls.
        var pids = new List<int>();
        var options = WorkerOnly with { Timeout = TimeSpan.FromSeconds(2), ReaderProcessUsed = pids.Add };
        var started = Stopwatch.StartNew();

        var error = Error(await ReadAsync(HostileDocuments.NestedContentControls(40_000), "slow.docx", options));

        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2 + 5));
        error.ToString().ShouldBe("slow.docx: took longer than 2 s to read and was abandoned");
        var pid = pids.ShouldHaveSingleItem();
        IsRunning(pid).ShouldBeFalse($"the reader process {pid} still runs");
    }

    [Fact]
    public async Task Cancellation_by_the_caller_also_kills_the_reader_process()
    {
        var pids = new List<int>();
        using var cancel = new CancellationTokenSource();
        var options = WorkerOnly with { ReaderProcessUsed = pid => { pids.Add(pid); cancel.CancelAfter(500); } };
        using var stream = new MemoryStream(HostileDocuments.NestedContentControls(40_000));

        await Should.ThrowAsync<OperationCanceledException>(() =>
            ContractReader.ReadStreamAsync(stream, "slow.docx", options, cancel.Token));

        IsRunning(pids.ShouldHaveSingleItem()).ShouldBeFalse();
    }

    private static bool IsRunning(int pid)
    {
        // A zombie (killed, not yet reaped) would still have a /proc entry; the reader reaps its child before it
        // returns, so the entry must be gone.
        return Directory.Exists($"/proc/{pid}");
    }

    public static TheoryData<string, string> DeepText() => new()
    {
        { "quotes.md", string.Concat(Enumerable.Repeat("> ", 100_000)) + "The Supplier shall deliver.\n" },
        { "quote-lines.md", string.Concat(Enumerable.Range(1, 10_000).Select(i => new string('>', Math.Min(i, 1000)) + " x\n")) },
        { "lists.md", string.Concat(Enumerable.Repeat("- ", 100_000)) + "The Supplier shall deliver.\n" },
        { "ordered.md", string.Concat(Enumerable.Repeat("1. ", 100_000)) + "The Supplier shall deliver.\n" },
        { "indented.md", string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', 2 * i) + "- item\n")) },
        { "divs.html", string.Concat(Enumerable.Repeat("<div>", 100_000)) + "The Supplier shall deliver." + string.Concat(Enumerable.Repeat("</div>", 100_000)) },
        { "unclosed.html", string.Concat(Enumerable.Repeat("<div><table><tr><td><ol><li><h2>", 20_000)) + "x" },
    };

    [Theory]
    [MemberData(nameof(DeepText))]
    public async Task Deeply_nested_Markdown_and_HTML_read_without_overflowing_or_hanging(string name, string text)
    {
        var started = Stopwatch.StartNew();

        var result = await ReadAsync(System.Text.Encoding.UTF8.GetBytes(text), name);

        (result.Success ? result.Value.Lines.Length > 0 : result.Diagnostics.Count(d => d.IsError) == 1).ShouldBeTrue();
        // Linear readers take well under a second; the bound is loose for a busy 2-core machine.
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
    }
}
