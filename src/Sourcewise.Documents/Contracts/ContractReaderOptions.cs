namespace Sourcewise.Documents.Contracts;

/// <summary>Limits for reading untrusted contract files. Immutable; <see cref="Default"/> suits uploads and batches.</summary>
/// <remarks>
/// <para>What each limit refuses, and why (each refusal is one error naming the file; exit 1 in the CLI, 400 on the
/// web):</para>
/// <list type="bullet">
/// <item><see cref="MaxFileBytes"/>: larger files are not read at all.</item>
/// <item><see cref="MaxInflatedBytes"/> and <see cref="MaxStreamInflatedBytes"/>: decompression bombs. A DOCX is
/// inflated and counted before OpenXml opens it; every compressed stream of a PDF that a text extraction would
/// decompress (page contents, forms, fonts, object streams: not images) is inflated by a counting decoder that stops
/// at the per-stream limit and at the limit for the whole document.</item>
/// <item><see cref="MaxNestingDepth"/>: PDF arrays and dictionaries (in objects and content streams) and DOCX XML
/// elements nested deeper than this; the libraries parse them recursively, and a deep enough file overflows the
/// stack, which no handler can catch.</item>
/// <item>PDF reference cycles (an object that is a reference to a reference back to itself), page trees that contain
/// themselves and form XObjects that draw themselves are always refused, for the same reason.</item>
/// <item><see cref="Timeout"/> and <see cref="MaxReaderMemoryBytes"/>: whatever the checks above do not foresee. PDF
/// and DOCX are parsed in a separate reader process (see <see cref="Isolation"/>) that is killed when the time is
/// up, when it needs more memory than its budget, or when the caller cancels; a crash (a stack overflow aborts it)
/// is reported as "cannot be read safely".</item>
/// </list>
/// </remarks>
public sealed record ContractReaderOptions
{
    /// <summary>The default limits.</summary>
    public static ContractReaderOptions Default { get; } = new();

    /// <summary>Largest file accepted, in bytes (default 50 MiB).</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Largest total inflated size of a document, in bytes (default 200 MiB): the parts of a DOCX (zip) file,
    /// checked against the sizes the archive declares and again while inflating; the compressed streams of a PDF
    /// (except images), counted while inflating. A bomb stops at the limit, so neither time nor memory grows with it.</summary>
    public long MaxInflatedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Largest inflated size of one compressed PDF stream, in bytes (default 64 MiB; a page's content stream
    /// is rarely more than a few MiB, an embedded font a few tens).</summary>
    public long MaxStreamInflatedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Deepest nesting accepted (default 256): of arrays and dictionaries in a PDF's objects and content
    /// streams, and of elements in a DOCX's XML parts. Real documents stay far below it (tens).</summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>Most PDF pages read (default 2,000); a longer PDF is refused.</summary>
    public int MaxPages { get; init; } = 2000;

    /// <summary>Longest time one file may take to read (default 60 seconds). For PDF and DOCX read in the reader
    /// process (the default), the process is killed when the time is up, so the work really stops; text formats are
    /// read in this process by our own linear readers, which check for cancellation.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Where PDF and DOCX files are parsed (default <see cref="ContractReaderIsolation.ChildProcess"/>).
    /// <see cref="ContractReaderIsolation.InProcess"/> is for benchmarks and tests that measure parsing alone: the
    /// structure checks still run, but a document they do not foresee can take the whole process down.</summary>
    public ContractReaderIsolation Isolation { get; init; } = ContractReaderIsolation.ChildProcess;

    /// <summary>Memory budget of the reader process, in bytes (default 512 MiB): its managed heap is capped at this
    /// less 96 MiB for the runtime itself, and it is killed when its resident memory passes the budget. At most one
    /// reader process per core (at least two) runs at a time, so concurrent reads stay within a known total.</summary>
    public long MaxReaderMemoryBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Tests only: skip the structure checks, to show that the reader process alone contains a hostile file.</summary>
    internal bool SkipStructureChecks { get; init; }

    /// <summary>Tests only: called with the id of the reader process that reads the document.</summary>
    internal Action<int>? ReaderProcessUsed { get; init; }
}
