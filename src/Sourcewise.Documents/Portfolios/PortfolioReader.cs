using Sourcewise.Diagnostics;
using Sourcewise.Documents.Input;

namespace Sourcewise.Documents.Portfolios;

/// <summary>Opens a portfolio of workstreams: CSV, XLSX, a JSON array or a YAML list of work profiles.</summary>
/// <remarks>Never throws for bad input: a missing, empty, binary or malformed file, or a header with an unknown
/// column, gives a failed result with one clear diagnostic. Bad rows are reported row by row while reading.</remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class PortfolioReader
{
    /// <summary>The formats understood, by their usual file extension.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["csv", "xlsx", "json", "yaml"];

    /// <summary>Guesses the format from a file name's extension (<c>.yml</c> is YAML), or <c>null</c>.</summary>
    public static string? FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => "csv",
            ".xlsx" => "xlsx",
            ".json" => "json",
            ".yaml" or ".yml" => "yaml",
            _ => null,
        };
    }

    /// <summary>Opens a file, choosing the reader by its extension.</summary>
    /// <param name="path">The path as the user gave it (also used in messages).</param>
    /// <param name="cancellationToken">Cancels reading a JSON/YAML document.</param>
    public static async Task<Result<PortfolioSource>> OpenFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var where = new SourceLocation(path);
        var format = FormatOf(path);
        if (Directory.Exists(path))
        {
            return Result<PortfolioSource>.Fail(Diagnostic.Error("is-directory", "is a directory, not a file", where));
        }

        if (!File.Exists(path))
        {
            return Result<PortfolioSource>.Fail(Diagnostic.Error("file-not-found", "file not found", where));
        }

        if (format is null)
        {
            return Result<PortfolioSource>.Fail(Diagnostic.Error("unsupported-format",
                $"unsupported file type '{Path.GetExtension(path)}'; a portfolio is a .csv, .xlsx, .json (array) or .yaml (list) file",
                where));
        }

        if (format is "json" or "yaml")
        {
            var text = await InputText.ReadFileAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
            return text.Success
                ? StructuredPortfolioSource.Parse(text.Value, path, format)
                : Result<PortfolioSource>.Fail(text.Diagnostics);
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (UnauthorizedAccessException)
        {
            return Result<PortfolioSource>.Fail(Diagnostic.Error("access-denied", "permission denied", where));
        }
        catch (IOException e)
        {
            return Result<PortfolioSource>.Fail(Diagnostic.Error("io-error", $"cannot be read: {e.Message}", where));
        }

        return Open(stream, path, format);
    }

    /// <summary>Opens a stream in the given format. The stream is disposed with the source (or on failure).</summary>
    /// <param name="stream">The data. XLSX needs a seekable stream (it is copied to memory otherwise).</param>
    /// <param name="name">A name for messages.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    public static Result<PortfolioSource> Open(Stream stream, string name, string format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        switch (format)
        {
            case "csv":
                return CsvPortfolioSource.Open(stream, name);
            case "xlsx":
                if (!stream.CanSeek)
                {
                    var copy = new MemoryStream();
                    using (stream)
                    {
                        var chunk = new byte[81920];
                        int read;
                        while ((read = stream.Read(chunk)) > 0)
                        {
                            if (copy.Length + read > InputText.DefaultMaxBytes)
                            {
                                return Result<PortfolioSource>.Fail(Diagnostic.Error("too-large",
                                    $"is larger than the {InputText.DefaultMaxBytes / (1024 * 1024)} MiB limit for a streamed XLSX",
                                    new SourceLocation(name)));
                            }

                            copy.Write(chunk, 0, read);
                        }
                    }

                    copy.Position = 0;
                    stream = copy;
                }

                return XlsxPortfolioSource.Open(stream, name);
            case "json" or "yaml":
                using (stream)
                {
                    var text = InputText.ReadStreamAsync(stream, name).GetAwaiter().GetResult();
                    return text.Success
                        ? StructuredPortfolioSource.Parse(text.Value, name, format)
                        : Result<PortfolioSource>.Fail(text.Diagnostics);
                }

            default:
                stream.Dispose();
                return Result<PortfolioSource>.Fail(Diagnostic.Error("unsupported-format",
                    $"unsupported portfolio format '{format}'; accepted: {string.Join(", ", Formats)}",
                    new SourceLocation(name)));
        }
    }
}
