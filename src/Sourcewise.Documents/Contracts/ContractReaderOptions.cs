namespace Sourcewise.Documents.Contracts;

/// <summary>Limits for reading untrusted contract files. Immutable; <see cref="Default"/> suits uploads and batches.</summary>
public sealed record ContractReaderOptions
{
    /// <summary>The default limits.</summary>
    public static ContractReaderOptions Default { get; } = new();

    /// <summary>Largest file accepted, in bytes (default 50 MiB).</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Largest total inflated size of the parts of a DOCX (zip) file, in bytes (default 200 MiB). Checked
    /// against the sizes the archive declares and again while inflating, so a zip bomb stops at the limit.</summary>
    public long MaxInflatedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Most PDF pages read (default 2,000); a longer PDF is refused.</summary>
    public int MaxPages { get; init; } = 2000;

    /// <summary>Longest time one file may take to read (default 60 seconds).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}
