namespace Sourcewise.Reports.Documents;

/// <summary>Transformations of a <see cref="ReportDocument"/>.</summary>
public static class ReportDocumentExtensions
{
    /// <summary>Returns a copy with every image replaced by <paramref name="map"/>'s result (in document order).</summary>
    public static ReportDocument MapImages(this ReportDocument document, Func<ImageBlock, ImageBlock> map)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(map);
        return document with
        {
            Sections = [.. document.Sections.Select(s => s with
            {
                Blocks = [.. s.Blocks.Select(b => b is ImageBlock image ? map(image) : b)],
            })],
        };
    }
}
