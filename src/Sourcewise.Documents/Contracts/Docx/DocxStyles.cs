using DocumentFormat.OpenXml.Wordprocessing;

namespace Sourcewise.Documents.Contracts.Docx;

/// <summary>What a paragraph style contributes, following <c>basedOn</c>.</summary>
internal sealed record DocxStyle(bool IsHeading, int? NumId, int Level, bool PageBreakBefore)
{
    public static DocxStyle None { get; } = new(false, null, 0, false);
}

/// <summary>Paragraph styles of a DOCX: which are headings, which carry list numbering.</summary>
internal sealed class DocxStyles
{
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocxStyle> _resolved = new(StringComparer.Ordinal);
    private readonly string? _defaultId;

    public DocxStyles(Styles? styles)
    {
        if (styles is null)
        {
            return;
        }

        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id && (style.Type is null || style.Type.Value == StyleValues.Paragraph))
            {
                _styles[id] = style;
                if (style.Default?.Value == true)
                {
                    _defaultId = id;
                }
            }
        }
    }

    public DocxStyle Resolve(string? styleId)
    {
        styleId ??= _defaultId;
        if (styleId is null)
        {
            return DocxStyle.None;
        }

        if (_resolved.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        var isHeading = false;
        int? numId = null;
        int? level = null;
        bool? pageBreak = null;
        var id = styleId;
        for (var depth = 0; depth < 16 && id is not null && _styles.TryGetValue(id, out var style); depth++)
        {
            var name = style.StyleName?.Val?.Value ?? id;
            if (depth == 0 || !isHeading)
            {
                isHeading |= IsHeadingName(name) || style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is >= 0 and < 9;
            }

            var numbering = style.StyleParagraphProperties?.NumberingProperties;
            numId ??= numbering?.NumberingId?.Val?.Value;
            level ??= numbering?.NumberingLevelReference?.Val?.Value;
            if (pageBreak is null && style.StyleParagraphProperties?.PageBreakBefore is { } pb)
            {
                pageBreak = pb.Val is null || pb.Val.Value;
            }

            id = style.BasedOn?.Val?.Value;
        }

        var resolved = new DocxStyle(isHeading, numId, level ?? 0, pageBreak ?? false);
        _resolved[styleId] = resolved;
        return resolved;
    }

    private static bool IsHeadingName(string name) =>
        name.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
        || name.Equals("title", StringComparison.OrdinalIgnoreCase)
        || name.Equals("subtitle", StringComparison.OrdinalIgnoreCase);
}
