namespace Sourcewise.Web.Portfolios;

/// <summary>An uploaded portfolio held in memory (within the upload limit), which can be read more than once: once to
/// check every row, once to assess them.</summary>
/// <param name="Open">Opens a new stream over the content.</param>
/// <param name="Name">The file name (or "body"), for messages.</param>
/// <param name="Format">csv, xlsx, json or yaml.</param>
internal sealed record PortfolioUpload(Func<Stream> Open, string Name, string Format)
{
    public static PortfolioUpload FromBytes(byte[] content, string name, string format) =>
        new(() => new MemoryStream(content, writable: false), name, format);
}
