namespace Sourcewise.Documents.Portfolios;

/// <summary>An opened portfolio whose header (if any) has been checked; rows are read lazily, one at a time.</summary>
/// <remarks>Not thread-safe: enumerate <see cref="ReadRows"/> once, from one thread. Dispose to close the file.</remarks>
public abstract class PortfolioSource : IDisposable
{
    private protected PortfolioSource(string name) => Name = name;

    /// <summary>The file name as the user gave it (used in messages).</summary>
    public string Name { get; }

    /// <summary>The format that was read: <c>csv</c>, <c>xlsx</c>, <c>json</c> or <c>yaml</c>.</summary>
    public abstract string Format { get; }

    /// <summary>How far through the input reading is, from 0 to 1 (for progress bars).</summary>
    public abstract double Progress { get; }

    /// <summary>Reads the rows in order. Bad rows come back with diagnostics and no profile; reading goes on after
    /// them. A problem that makes the rest unreadable (a quote never closed, invalid UTF-8, a damaged
    /// spreadsheet) comes back as one last failed row.</summary>
    public abstract IEnumerable<PortfolioRow> ReadRows(CancellationToken cancellationToken = default);

    /// <summary>Closes the underlying file.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
