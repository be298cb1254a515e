using Sourcewise.Application;
using Sourcewise.Application.Portfolios;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Portfolios;
using Sourcewise.Web.Api;

namespace Sourcewise.Web.Portfolios;

/// <summary>An uploaded portfolio held in memory (within the upload limit), which can be opened more than once: once
/// to count its rows before the answer starts, once to assess them.</summary>
/// <param name="OpenStream">Opens a new stream over the content.</param>
/// <param name="Name">The file name (or "body"), for messages.</param>
/// <param name="Format">The format, from the file name or the media type.</param>
internal sealed record PortfolioUpload(Func<Stream> OpenStream, string Name, PortfolioInputFormat Format)
{
    public static PortfolioUpload FromBytes(byte[] content, string name, PortfolioInputFormat format) =>
        new(() => new MemoryStream(content, writable: false), name, format);

    /// <summary>A multipart file (the API's <c>file</c>, the page's upload): its format from its name or media type,
    /// within the upload limit; the content stays in the form's in-memory buffer.</summary>
    public static Result<PortfolioUpload> FromForm(IFormFile file, string field = "file")
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = Path.GetFileName(file.FileName);
        if (PortfolioInputFormats.Of(file.FileName, file.ContentType) is not { } format)
        {
            return Result<PortfolioUpload>.Fail(Diagnostic.Error("invalid-value",
                $"'{name}' is not a portfolio: use {PortfolioInputFormats.AcceptedList}", new SourceLocation(null, Field: field)));
        }

        return file.Length > Limits.Upload
            ? Result<PortfolioUpload>.Fail(Diagnostic.Error("too-large", $"is larger than the {Limits.Describe(Limits.Upload)} limit",
                new SourceLocation(null, Field: field)))
            : Result<PortfolioUpload>.Ok(new PortfolioUpload(file.OpenReadStream, name, format));
    }

    /// <summary>Opens the content with the portfolio reader of its format (the stream is disposed with the source).</summary>
    public Outcome<PortfolioSource> Open() => AssessPortfolio.Open(OpenStream(), Name, Format);
}
