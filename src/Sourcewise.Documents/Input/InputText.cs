using System.Text;
using Sourcewise.Diagnostics;

namespace Sourcewise.Documents.Input;

/// <summary>Reads small text inputs (profiles, scenarios, questionnaires) from files or streams, refusing what is
/// missing, empty, binary, not UTF-8 or too large — with one clear diagnostic instead of an exception.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class InputText
{
    /// <summary>The default largest input accepted: 64 MiB.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a whole file as text.</summary>
    /// <param name="path">The path as the user gave it (also used in messages).</param>
    /// <param name="maxBytes">Largest accepted size.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<Result<string>> ReadFileAsync(string path, long maxBytes = DefaultMaxBytes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var where = new SourceLocation(path);
        if (Directory.Exists(path))
        {
            return Result<string>.Fail(Diagnostic.Error("is-directory", "is a directory, not a file", where));
        }

        if (!File.Exists(path))
        {
            return Result<string>.Fail(Diagnostic.Error("file-not-found", "file not found", where));
        }

        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return await ReadStreamAsync(stream, path, maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException)
        {
            return Result<string>.Fail(Diagnostic.Error("access-denied", "permission denied", where));
        }
        catch (IOException e)
        {
            return Result<string>.Fail(Diagnostic.Error("io-error", $"cannot be read: {e.Message}", where));
        }
    }

    /// <summary>Reads a whole file as text and hands it to <paramref name="parse"/> (with the path as its name).</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="parse">Turns the text and the name into a result.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<Result<T>> ReadFileAsync<T>(string path, Func<string, string, Result<T>> parse,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var text = await ReadFileAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        return text.Success ? parse(text.Value, path) : Result<T>.Fail(text.Diagnostics);
    }

    /// <summary>Reads a stream as text and hands it to <paramref name="parse"/>.</summary>
    /// <param name="stream">The stream; it is not disposed.</param>
    /// <param name="name">A name for messages.</param>
    /// <param name="parse">Turns the text and the name into a result.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<Result<T>> ReadStreamAsync<T>(Stream stream, string name,
        Func<string, string, Result<T>> parse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var text = await ReadStreamAsync(stream, name, cancellationToken: cancellationToken).ConfigureAwait(false);
        return text.Success ? parse(text.Value, name) : Result<T>.Fail(text.Diagnostics);
    }

    /// <summary>Reads a stream as text (stdin, an upload).</summary>
    /// <param name="stream">The stream; it is not disposed.</param>
    /// <param name="name">A name for messages, e.g. <c>&lt;stdin&gt;</c>.</param>
    /// <param name="maxBytes">Largest accepted size.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<Result<string>> ReadStreamAsync(Stream stream, string name, long maxBytes = DefaultMaxBytes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var where = new SourceLocation(name);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return Result<string>.Fail(Diagnostic.Error("too-large",
                    $"is larger than the {maxBytes / (1024 * 1024)} MiB limit", where));
            }

            buffer.Write(chunk, 0, read);
        }

        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), name);
    }

    /// <summary>Decodes bytes as UTF-8 text, refusing empty, binary and non-UTF-8 content.</summary>
    public static Result<string> Decode(ReadOnlySpan<byte> bytes, string name)
    {
        var where = new SourceLocation(name);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.IsEmpty || bytes.IndexOfAnyExcept((ReadOnlySpan<byte>)" \t\r\n"u8) < 0)
        {
            return Result<string>.Fail(Diagnostic.Error("empty-file", "is empty", where));
        }

        var probe = bytes[..Math.Min(bytes.Length, 8192)];
        if (probe.IndexOf((byte)0) >= 0)
        {
            return Result<string>.Fail(Diagnostic.Error("binary-file",
                "looks like a binary file, not text (it contains NUL bytes)", where));
        }

        try
        {
            return Result<string>.Ok(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return Result<string>.Fail(Diagnostic.Error("not-utf8", "is not UTF-8 text", where));
        }
    }
}
