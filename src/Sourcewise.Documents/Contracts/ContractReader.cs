using Sourcewise.Contracts;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Contracts.Docx;
using Sourcewise.Documents.Contracts.Html;
using Sourcewise.Documents.Contracts.Isolation;
using Sourcewise.Documents.Contracts.Pdf;
using Sourcewise.Documents.Contracts.Pdf.Guard;
using Sourcewise.Documents.Contracts.Text;

namespace Sourcewise.Documents.Contracts;

/// <summary>Reads a contract, proposal or SOW (plain text, Markdown, HTML, DOCX or PDF) into
/// <see cref="ContractText"/>: lines with page and line positions, headings, numbered clauses and table rows, with
/// hyphenation and PDF spacing artefacts repaired.</summary>
/// <remarks>
/// <para>The format is chosen from the extension and checked against the content (<c>%PDF</c>, a zip's <c>PK</c>),
/// so a PDF named <c>.docx</c> is still read as a PDF (with a warning), and an unknown extension is refused with the
/// list of accepted ones.</para>
/// <para>Hostile input never throws: an encrypted, truncated or image-only PDF, a DOCX that is not a zip, a zip bomb,
/// an empty, binary, huge or too slow file each give a failed <see cref="Result{T}"/> with one error naming the file.
/// Only cancellation by the caller's token throws (<see cref="OperationCanceledException"/>).</para>
/// <para>Hostile structure (see <see cref="ContractReaderOptions"/> for every limit): before a library sees a PDF,
/// its objects, object streams and content streams are scanned without recursion, and nesting deeper than
/// <see cref="ContractReaderOptions.MaxNestingDepth"/>, reference cycles (object 7 → 6 → 7) and chains of more than 64
/// references, page trees that contain themselves, form XObjects that draw themselves, and compressed streams that
/// inflate past <see cref="ContractReaderOptions.MaxStreamInflatedBytes"/> (or together past
/// <see cref="ContractReaderOptions.MaxInflatedBytes"/>) are refused (codes <c>pdf-too-deep</c>, <c>pdf-cycle</c>,
/// <c>pdf-bomb</c>); a DOCX's parts are inflated with a count (<c>zip-bomb</c>) and its XML parts walked for element
/// depth (<c>docx-too-deep</c>, naming the part). PdfPig and OpenXml recurse, and a stack overflow cannot be caught,
/// so whatever these checks do not foresee is contained by reading PDF and DOCX in a separate
/// <c>sourcewise-reader</c> process (<see cref="ContractReaderOptions.Isolation"/>): it is killed when
/// <see cref="ContractReaderOptions.Timeout"/> passes (so the work really stops; <c>timeout</c>) or when it needs more
/// than <see cref="ContractReaderOptions.MaxReaderMemoryBytes"/> (<c>reader-out-of-memory</c>), and a crash is
/// reported as <c>reader-crashed</c> ("cannot be read safely: the reader stopped …"). The executable is built and
/// published beside the CLI and the web app; without it, PDF and DOCX give <c>reader-unavailable</c>. Text, Markdown
/// and HTML are read in this process by linear readers that do not recurse.</para>
/// <para>Line numbers: source lines for text and Markdown; paragraphs in order for HTML and DOCX (per page when the
/// DOCX has explicit page breaks or page-starting section breaks); lines within the page for PDF.</para>
/// <para>Kinds: Markdown and HTML headings, DOCX heading styles and bold or large short paragraphs, PDF bold or
/// larger short lines, and all-capitals or title-case numbered lines ("5. TERM", "3.3. Change Orders.") are
/// <see cref="Sourcewise.Contracts.ContractLineKind.Heading"/>; numbered lines ("4.2", "(a)", "Section 5."), Word list
/// paragraphs (with the number Word shows) and list items are
/// <see cref="Sourcewise.Contracts.ContractLineKind.Clause"/>; table rows (cells joined with " | ", also PDF lines
/// split by wide column gaps) are <see cref="Sourcewise.Contracts.ContractLineKind.TableRow"/>.</para>
/// <para>Not read: DOCX headers, footers, footnotes, comments and deleted revisions; PDF running headers, footers
/// and bare page numbers are dropped on purpose; HTML scripts, styles and <c>head</c>.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class ContractReader
{
    /// <summary>The accepted file extensions, as shown in messages.</summary>
    public const string AcceptedExtensions = ContractFormats.AcceptedList;

    /// <summary>Reads a contract file.</summary>
    /// <param name="path">The path as the user gave it (also used in messages and as <see cref="ContractText.Source"/>).</param>
    /// <param name="options">Limits; <see cref="ContractReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<Result<ContractText>> ReadFileAsync(string path, ContractReaderOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ContractReaderOptions.Default;
        var where = new SourceLocation(path);
        if (Directory.Exists(path))
        {
            return Fail("is-directory", "is a directory, not a file", where);
        }

        if (!File.Exists(path))
        {
            return Fail("file-not-found", "file not found", where);
        }

        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return await ReadStreamAsync(stream, path, options, cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException)
        {
            return Fail("access-denied", "cannot be read: permission denied", where);
        }
        catch (IOException e)
        {
            return Fail("io-error", $"cannot be read: {e.Message}", where);
        }
    }

    /// <summary>Reads a contract from a stream (an upload, stdin).</summary>
    /// <param name="stream">The content; read to the end (at most <see cref="ContractReaderOptions.MaxFileBytes"/>)
    /// and not disposed.</param>
    /// <param name="fileName">The file's name: its extension picks the format, and it names the file in messages.</param>
    /// <param name="options">Limits; <see cref="ContractReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<Result<ContractText>> ReadStreamAsync(Stream stream, string fileName,
        ContractReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= ContractReaderOptions.Default;
        var where = new SourceLocation(fileName);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Timeout <= TimeSpan.Zero)
        {
            // CancelAfter(0) cancels from a timer thread, so a small file could still beat it: no time is no time.
            await timeout.CancelAsync().ConfigureAwait(false);
        }
        else
        {
            timeout.CancelAfter(options.Timeout);
        }
        try
        {
            var bytes = await ReadAllAsync(stream, options.MaxFileBytes, timeout.Token).ConfigureAwait(false);
            if (bytes is null)
            {
                return Fail("too-large", $"is larger than the {FormatBytes(options.MaxFileBytes)} limit", where);
            }

            // The checks and the parsing are CPU-bound: run them on the pool. The checks are ours, bounded and
            // cancellable; the libraries that parse PDF and DOCX recurse and cannot be interrupted, so by default they
            // run in a reader process that is killed when the time is up. It starts now, while the checks run.
            if (options.Isolation == ContractReaderIsolation.ChildProcess
                && (ContractFormats.LooksLikePdf(bytes) || ContractFormats.LooksLikeZip(bytes)))
            {
                ReaderProcess.Prestart(options.MaxReaderMemoryBytes);
            }

            var prepared = await Task.Run(() => Prepare(bytes, fileName, options, timeout.Token), timeout.Token)
                .WaitAsync(timeout.Token).ConfigureAwait(false);
            if (prepared.Refused is { } refused)
            {
                return refused;
            }

            Result<ContractText> result;
            if (prepared.Format is ContractFormat.Pdf or ContractFormat.Docx
                && options.Isolation == ContractReaderIsolation.ChildProcess)
            {
                result = await ReaderProcess.ReadAsync(bytes, fileName, prepared.Format, options, timeout.Token)
                    .ConfigureAwait(false);
            }
            else
            {
                // In this process the work cannot be stopped, only no longer waited for.
                result = await Task.Run(() => ReadFormat(bytes, fileName, prepared.Format, options, timeout.Token), timeout.Token)
                    .WaitAsync(timeout.Token).ConfigureAwait(false);
            }

            return WithWarnings(result, prepared.Warnings);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail("timeout", $"took longer than {options.Timeout.TotalSeconds:0.#} s to read and was abandoned", where);
        }
        catch (IOException e)
        {
            return Fail("io-error", $"cannot be read: {e.Message}", where);
        }
    }

    /// <summary>Reads a whole file's bytes synchronously and in this process, whatever
    /// <see cref="ContractReaderOptions.Isolation"/> says (benchmarks and tests that measure parsing alone).</summary>
    internal static Result<ContractText> Read(byte[] bytes, string fileName, ContractReaderOptions options,
        CancellationToken cancellationToken)
    {
        var prepared = Prepare(bytes, fileName, options, cancellationToken);
        return prepared.Refused ?? WithWarnings(ReadFormat(bytes, fileName, prepared.Format, options, cancellationToken),
            prepared.Warnings);
    }

    /// <summary>Everything before a parser sees the bytes: the size, emptiness, the format (by content first, then by
    /// name) and the structure checks of PDF and DOCX (nesting, reference cycles, inflation), which refuse the common
    /// hostile documents with a precise reason.</summary>
    private static Prepared Prepare(byte[] bytes, string fileName, ContractReaderOptions options,
        CancellationToken cancellationToken)
    {
        var where = new SourceLocation(fileName);
        if (bytes.Length > options.MaxFileBytes)
        {
            return new(Fail("too-large", $"is larger than the {FormatBytes(options.MaxFileBytes)} limit", where));
        }

        if (bytes.AsSpan().IndexOfAnyExcept(" \t\r\n\0"u8) < 0)
        {
            return new(Fail("empty-file", "is empty", where));
        }

        var byName = ContractFormats.FromExtension(fileName);
        var format = byName;
        var warnings = new List<Diagnostic>();
        if (ContractFormats.LooksLikePdf(bytes))
        {
            format = ContractFormat.Pdf;
        }
        else if (ContractFormats.LooksLikeZip(bytes))
        {
            format = ContractFormat.Docx;
        }
        else if (byName == ContractFormat.Pdf)
        {
            return new(Fail("not-a-pdf", "is not a PDF (it does not start with %PDF)", where));
        }
        else if (byName == ContractFormat.Docx)
        {
            return new(Fail("docx-not-zip", "is not a DOCX file (a DOCX is a zip archive, and this is not one)", where));
        }
        else if (byName == ContractFormat.Unknown && Path.GetExtension(fileName).Length == 0)
        {
            // No extension at all (stdin, an upload without a name): sniff for HTML, otherwise treat as text.
            format = ContractFormats.LooksLikeHtml(bytes) ? ContractFormat.Html : ContractFormat.Text;
        }

        if (format == ContractFormat.Unknown)
        {
            return new(Fail("unsupported-format",
                $"has an unsupported format ('{Path.GetExtension(fileName)}'); accepted: {AcceptedExtensions}", where));
        }

        if (byName != ContractFormat.Unknown && byName != format
            && !(byName is ContractFormat.Text or ContractFormat.Markdown or ContractFormat.Html
                && format is ContractFormat.Text or ContractFormat.Markdown or ContractFormat.Html))
        {
            warnings.Add(Diagnostic.Warning("format-mismatch",
                $"is named like {ContractFormats.Id(byName)} but its content is {ContractFormats.Id(format)}; read as {ContractFormats.Id(format)}",
                where));
        }

        if (!options.SkipStructureChecks && StructureCheck(bytes, fileName, format, options, cancellationToken) is { } refused)
        {
            return new(WithWarnings(Result<ContractText>.Fail(refused), warnings));
        }

        return new(null, format, warnings);
    }

    private static Diagnostic? StructureCheck(byte[] bytes, string fileName, ContractFormat format,
        ContractReaderOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return format switch
            {
                ContractFormat.Pdf => PdfGuard.Check(bytes, fileName, options, cancellationToken),
                ContractFormat.Docx => ZipGuard.Check(bytes, fileName, options, cancellationToken),
                _ => null,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A check that fails on input it did not expect must not turn bad input into an exception: the reader
            // (in its own process by default) decides, as it would without the check.
            return null;
        }
    }

    /// <summary>Parses bytes whose format is known, in this process (the reader process calls this too).</summary>
    internal static Result<ContractText> ReadFormat(byte[] bytes, string fileName, ContractFormat format,
        ContractReaderOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return format switch
            {
                ContractFormat.Pdf => PdfContractReader.Read(bytes, fileName, options, cancellationToken),
                ContractFormat.Docx => DocxContractReader.Read(bytes, fileName, options, cancellationToken),
                _ => ReadText(bytes, fileName, format, cancellationToken),
            };
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not InsufficientExecutionStackException)
        {
            // Last line of defence: a library failed in a way the format reader did not expect.
            return Fail("unreadable", $"cannot be read as {ContractFormats.Id(format)}: {OneLine(e.Message)}",
                new SourceLocation(fileName));
        }
    }

    private static Result<ContractText> ReadText(byte[] bytes, string fileName, ContractFormat format,
        CancellationToken cancellationToken)
    {
        var decoded = ContractTextDecoder.Decode(bytes, fileName);
        if (!decoded.Success)
        {
            return Result<ContractText>.Fail(decoded.Diagnostics);
        }

        var text = format switch
        {
            ContractFormat.Markdown => MarkdownContractReader.Read(decoded.Value, fileName, cancellationToken),
            ContractFormat.Html => HtmlContractReader.Read(decoded.Value, fileName, cancellationToken),
            _ => PlainTextContractReader.Read(decoded.Value, fileName, cancellationToken),
        };
        if (text.Lines.IsEmpty)
        {
            return Fail("empty-file", "has no text", new SourceLocation(fileName));
        }

        return Result<ContractText>.Ok(text, decoded.Diagnostics);
    }

    private static Result<ContractText> WithWarnings(Result<ContractText> result, List<Diagnostic> warnings)
    {
        if (warnings.Count == 0)
        {
            return result;
        }

        var all = warnings.Concat(result.Diagnostics).ToList();
        return result.Success ? Result<ContractText>.Ok(result.Value, all) : Result<ContractText>.Fail(
            result.Diagnostics.Where(d => d.IsError).Concat(warnings).Concat(result.Diagnostics.Where(d => !d.IsError)).ToList());
    }

    private static async Task<byte[]?> ReadAllAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > maxBytes)
            {
                return null;
            }

            var exact = new byte[remaining];
            var total = 0;
            int read;
            while (total < exact.Length
                && (read = await stream.ReadAsync(exact.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            if (total == exact.Length && stream.ReadByte() < 0)
            {
                return exact;
            }

            // The stream changed under us; fall back to reading what is there.
            stream.Position = 0;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    /// <summary>The outcome of <see cref="Prepare"/>: a refusal, or the format to read and the warnings so far.</summary>
    private readonly record struct Prepared(Result<ContractText>? Refused, ContractFormat Format = ContractFormat.Unknown,
        List<Diagnostic>? WarningList = null)
    {
        public List<Diagnostic> Warnings => WarningList ?? [];
    }

    internal static Result<ContractText> Fail(string code, string message, SourceLocation where) =>
        Result<ContractText>.Fail(Diagnostic.Error(code, message, where));

    internal static string FormatBytes(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):0.#} MiB"
        : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KiB" : $"{bytes} bytes";

    internal static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
