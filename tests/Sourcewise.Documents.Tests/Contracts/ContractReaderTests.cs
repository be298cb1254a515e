using System.Text;
using Sourcewise.Contracts;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Contracts;

namespace Sourcewise.Documents.Tests.Contracts;

public sealed class ContractReaderTests
{
    private static async Task<Result<ContractText>> ReadAsync(byte[] bytes, string name, ContractReaderOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return await ContractReader.ReadStreamAsync(stream, name, options);
    }

    private static string Error(Result<ContractText> result)
    {
        result.Success.ShouldBeFalse();
        return result.Diagnostics.Single(d => d.IsError).ToString();
    }

    [Fact]
    public async Task An_unknown_extension_is_refused_with_the_accepted_formats()
    {
        var result = await ReadAsync("{\\rtf1 hello}"u8.ToArray(), "contract.rtf");

        Error(result).ShouldBe("contract.rtf: has an unsupported format ('.rtf'); accepted: .txt .md .markdown .html .htm .docx .pdf");
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        Error(await ReadAsync([], "empty.txt")).ShouldBe("empty.txt: is empty");
        Error(await ReadAsync("  \n\t\n"u8.ToArray(), "blank.md")).ShouldBe("blank.md: is empty");
    }

    [Fact]
    public async Task Binary_junk_named_txt_is_refused_as_binary()
    {
        var junk = new byte[64 * 1024];
        new Random(42).NextBytes(junk);

        Error(await ReadAsync(junk, "junk.txt")).ShouldBe(
            "junk.txt: looks like a binary file, not text (it contains NUL or control bytes)");
    }

    [Fact]
    public async Task Text_that_is_not_UTF8_is_read_as_Latin1_with_a_warning()
    {
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 services agreement\nThe Supplier shall deliver.\n");

        var result = await ReadAsync(bytes, "latin1.txt");

        result.Success.ShouldBeTrue();
        result.Value.Lines[0].Text.ShouldBe("Caf\u00e9 services agreement");
        var warning = result.Diagnostics.Single();
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.ToString().ShouldStartWith("latin1.txt: is not valid UTF-8");
    }

    [Fact]
    public async Task UTF16_text_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("4.2 The Supplier shall deliver.")).ToArray();

        var result = await ReadAsync(bytes, "utf16.txt");

        result.GetValueOrThrow().Lines.Single().ShouldBe(new ContractLine(null, 1, "4.2 The Supplier shall deliver.", ContractLineKind.Clause));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_without_reading_it_all()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sourcewise-huge-{Guid.NewGuid():N}.txt");
        try
        {
            await File.WriteAllTextAsync(path, new string('a', 4096));

            var result = await ContractReader.ReadFileAsync(path, new ContractReaderOptions { MaxFileBytes = 1024 });

            Error(result).ShouldBe($"{path}: is larger than the 1 KiB limit");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_still_held_to_the_size_limit()
    {
        using var stream = new NonSeekableStream(new MemoryStream(new byte[10_000]));

        var result = await ContractReader.ReadStreamAsync(stream, "upload.txt", new ContractReaderOptions { MaxFileBytes = 1000 });

        Error(result).ShouldBe("upload.txt: is larger than the 1000 bytes limit");
    }

    [Fact]
    public async Task A_missing_file_and_a_directory_are_refused()
    {
        Error(await ContractReader.ReadFileAsync("/no/such/contract.pdf")).ShouldBe("/no/such/contract.pdf: file not found");
        Error(await ContractReader.ReadFileAsync(Path.GetTempPath())).ShouldEndWith("is a directory, not a file");
    }

    [Fact]
    public async Task A_read_that_runs_out_of_time_is_abandoned_with_a_diagnostic()
    {
        var result = await ReadAsync("The Supplier shall deliver."u8.ToArray(), "slow.txt",
            new ContractReaderOptions { Timeout = TimeSpan.Zero });

        Error(result).ShouldBe("slow.txt: took longer than 0 s to read and was abandoned");
    }

    [Fact]
    public async Task Cancellation_by_the_caller_throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var stream = new MemoryStream("x"u8.ToArray());

        await Should.ThrowAsync<OperationCanceledException>(() =>
            ContractReader.ReadStreamAsync(stream, "a.txt", cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task A_PDF_with_a_docx_name_is_read_as_PDF_by_its_content()
    {
        var bytes = "%PDF-1.4\nnot really\n"u8.ToArray();

        var result = await ReadAsync(bytes, "contract.docx");

        // Content wins over the extension: the PDF reader answers (here: truncated), not the DOCX reader.
        result.Diagnostics.First(d => d.IsError).Code.ShouldBe("pdf-truncated");
        result.Diagnostics.ShouldContain(d => d.Code == "format-mismatch");
    }

    [Fact]
    public async Task A_name_without_an_extension_is_sniffed_as_HTML_or_text()
    {
        var html = await ReadAsync("<!DOCTYPE html><h1>Order Form</h1><p>Fees are fixed.</p>"u8.ToArray(), "upload");
        var text = await ReadAsync("Fees are fixed."u8.ToArray(), "<stdin>");

        html.GetValueOrThrow().Format.ShouldBe("html");
        html.Value!.Lines[0].ShouldBe(new ContractLine(null, 1, "Order Form", ContractLineKind.Heading));
        text.GetValueOrThrow().Format.ShouldBe("text");
    }

    [Fact]
    public async Task HTML_drops_scripts_styles_and_comments_and_keeps_structure()
    {
        const string html = """
            <html><head><title>T</title><style>p { color: red }</style><script>var s = "<p>no</p>";</script></head>
            <body><h2>1. Services</h2>
            <p>The Supplier shall provide the
               services &amp; deliverables.<br>Fees&nbsp;apply.</p>
            <!-- <p>hidden</p> -->
            <ol><li>first item</li><li>(b) second</li></ol>
            <table><tr><th>Role</th><th>Rate</th></tr><tr><td>Engineer</td><td>&#36;100</td></tr></table>
            </body></html>
            """;

        var text = (await ReadAsync(Encoding.UTF8.GetBytes(html), "a.html")).GetValueOrThrow();

        text.Lines.ShouldBe(
        [
            new ContractLine(null, 1, "1. Services", ContractLineKind.Heading),
            new ContractLine(null, 2, "The Supplier shall provide the services & deliverables.", ContractLineKind.Body),
            new ContractLine(null, 3, "Fees apply.", ContractLineKind.Body),
            new ContractLine(null, 4, "first item", ContractLineKind.Clause),
            new ContractLine(null, 5, "(b) second", ContractLineKind.Clause),
            new ContractLine(null, 6, "Role | Rate", ContractLineKind.TableRow),
            new ContractLine(null, 7, "Engineer | $100", ContractLineKind.TableRow),
        ]);
    }

    [Fact]
    public async Task Malformed_HTML_never_throws()
    {
        foreach (var html in new[] { "<", "<p", "<p>text<", "<script>never closed", "<!-- open", "<![CDATA[x", "&#99999999;&bogus;<a href=\"x>y</a>", "<table><td>a<tr>" })
        {
            var result = await ReadAsync(Encoding.UTF8.GetBytes(html), "bad.html");

            (result.Success || result.Diagnostics.Any(d => d.IsError)).ShouldBeTrue(html);
        }
    }

    [SkippableFact]
    public async Task Every_document_in_the_corpus_reads()
    {
        var root = Corpus.Require();
        var documents = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .ToList();

        var failures = new List<string>();
        foreach (var path in documents)
        {
            var result = await ContractReader.ReadFileAsync(path);
            if (!result.Success || result.Value.CharacterCount < 500)
            {
                failures.Add($"{Path.GetRelativePath(root, path)}: {string.Join("; ", result.Diagnostics)}");
            }
        }

        documents.Count.ShouldBeGreaterThan(100);
        failures.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task Corpus_CSV_files_are_refused_as_unsupported()
    {
        var result = await ContractReader.ReadFileAsync(Corpus.File("manifest.csv"));

        result.Diagnostics.Single(d => d.IsError).Code.ShouldBe("unsupported-format");
    }

    private sealed class NonSeekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
