using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sourcewise.Reports.Documents;

namespace Sourcewise.Reports.Rendering;

/// <summary>Renders a <see cref="ReportDocument"/> as one self-contained HTML file: inline CSS (with a print
/// stylesheet), the chart as inline SVG, no scripts and no network references. Landmarks, table headers with scope,
/// and a labelled figure keep it readable with a screen reader.</summary>
public static partial class HtmlReportRenderer
{
    private const string Css = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --accent: #0b5cad;
          --band: #f6f8fa; --warn: #9a6700; --warn-bg: #fff8c5; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Roboto, sans-serif;
          color: var(--ink); background: #fff; }
        main { max-width: 56rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
        h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .75rem; }
        h2 { font-size: 1.35rem; margin: 2.25rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
        p, ul { margin: 0 0 .9rem; }
        li { margin: .2rem 0; }
        code { font: .9em/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; background: var(--band);
          padding: .05em .3em; border-radius: 4px; overflow-wrap: break-word; }
        td code, th code { white-space: nowrap; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1.5rem;
          padding: .9rem 1rem; background: var(--band); border: 1px solid var(--line); border-radius: 6px; }
        dl.meta dt { font-weight: 600; color: var(--muted); }
        dl.meta dd { margin: 0; }
        nav.toc { margin: 0 0 1.5rem; font-size: .95rem; }
        nav.toc ol { columns: 2; column-gap: 2rem; padding-left: 1.25rem; margin: .25rem 0 0; }
        nav.toc a { color: var(--accent); text-decoration: none; }
        nav.toc a:hover, nav.toc a:focus { text-decoration: underline; }
        .table-wrap { overflow-x: auto; margin: 0 0 1.1rem; }
        table { border-collapse: collapse; width: 100%; font-size: .93rem; }
        caption { text-align: left; font-weight: 600; color: var(--muted); padding: 0 0 .35rem; }
        th, td { border: 1px solid var(--line); padding: .4rem .55rem; text-align: left; vertical-align: top; }
        thead th { background: #eaeef2; }
        tbody th { background: var(--band); font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .note { border-left: 4px solid var(--accent); background: #ddf4ff; padding: .6rem .9rem; margin: 0 0 1rem;
          border-radius: 0 6px 6px 0; }
        .note.warning { border-left-color: var(--warn); background: var(--warn-bg); }
        figure { margin: 0 0 1.25rem; }
        figure svg, figure img { max-width: 100%; height: auto; display: block; }
        figcaption { color: var(--muted); font-size: .9rem; margin-top: .35rem; }
        table.signoff td { height: 2.6rem; }
        footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line);
          padding-top: .75rem; }
        @media (max-width: 40rem) {
          nav.toc ol { columns: 1; }
          main { padding: 1.25rem .75rem 3rem; }
          th, td { padding: .35rem .4rem; }
        }
        @media print {
          @page { size: A4; margin: 18mm 16mm; }
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          nav.toc { display: none; }
          h2 { break-after: avoid; page-break-after: avoid; }
          h3 { break-after: avoid; }
          table, figure, .note { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          .table-wrap { overflow: visible; }
          a { color: inherit; text-decoration: none; }
        }
        """;

    /// <summary>Renders the document as an HTML5 page (UTF-8, <c>\n</c> line ends).</summary>
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        // The body first: its column widths become classes in the head's stylesheet (no inline styles, so the page
        // passes html-validate and a strict Content-Security-Policy without 'unsafe-inline' for attributes).
        var widths = new SortedSet<string>(StringComparer.Ordinal);
        var body = new StringBuilder();
        foreach (var section in document.Sections)
        {
            body.Append("<section aria-labelledby=\"").Append(Attr(section.Id)).Append("\">\n<h2 id=\"")
                .Append(Attr(section.Id)).Append("\">").Append(Text(section.Title)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                WriteBlock(body, block, widths);
            }

            body.Append("</section>\n");
        }

        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"").Append(Attr(document.Author)).Append("\">\n")
            .Append("<meta name=\"date\" content=\"").Append(document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Append("\">\n")
            .Append("<title>").Append(Text(document.Title)).Append("</title>\n<style>\n").Append(Css).Append('\n');
        foreach (var width in widths)
        {
            sb.Append("col.").Append(WidthClass(width)).Append(" { width: ").Append(width).Append("%; }\n");
        }

        sb.Append("</style>\n")
            .Append("</head>\n<body>\n<main>\n<header>\n<h1>").Append(Text(document.Title)).Append("</h1>\n");
        if (document.Metadata.Length > 0)
        {
            sb.Append("<dl class=\"meta\">\n");
            foreach (var item in document.Metadata)
            {
                sb.Append("<dt>").Append(Text(item.Label)).Append("</dt><dd>").Append(Text(item.Value)).Append("</dd>\n");
            }

            sb.Append("</dl>\n");
        }

        sb.Append("</header>\n");
        if (document.Sections.Length > 3)
        {
            sb.Append("<nav class=\"toc\" aria-label=\"Contents\"><strong>Contents</strong>\n<ol>\n");
            foreach (var section in document.Sections)
            {
                sb.Append("<li><a href=\"#").Append(Attr(section.Id)).Append("\">").Append(Text(section.Title))
                    .Append("</a></li>\n");
            }

            sb.Append("</ol>\n</nav>\n");
        }

        sb.Append(body);
        sb.Append("<footer>Produced by ").Append(Text(document.Author)).Append(" on ")
            .Append(document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Append(".</footer>\n</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void WriteBlock(StringBuilder sb, ReportBlock block, SortedSet<string> widths)
    {
        switch (block)
        {
            case SubheadingBlock h:
                sb.Append("<h3>").Append(Text(h.Text)).Append("</h3>\n");
                break;
            case ParagraphBlock p:
                sb.Append("<p>").Append(Inline(p.Text)).Append("</p>\n");
                break;
            case NoteBlock n:
                sb.Append("<p class=\"note").Append(n.Kind == NoteKind.Warning ? " warning" : "").Append("\"><strong>")
                    .Append(Text(n.Label)).Append(".</strong> ").Append(Inline(n.Text)).Append("</p>\n");
                break;
            case BulletListBlock list:
                sb.Append("<ul>\n");
                foreach (var item in list.Items)
                {
                    sb.Append("<li>").Append(Inline(item)).Append("</li>\n");
                }

                sb.Append("</ul>\n");
                break;
            case TableBlock table:
                WriteTable(sb, table, cssClass: null, widths);
                break;
            case ImageBlock image:
                WriteImage(sb, image);
                break;
            case SignOffBlock signOff:
                WriteTable(sb, new TableBlock(
                    ["Role", "Name", "Signature", "Date"],
                    [.. signOff.Roles.Select(r => (System.Collections.Immutable.ImmutableArray<RichText>)
                        [RichText.Plain(r), RichText.Plain(""), RichText.Plain(""), RichText.Plain("")])],
                    Caption: "Sign-off", FirstColumnIsHeader: true), cssClass: "signoff", widths);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block.");
        }
    }

    /// <summary>The class of a column <paramref name="width"/> per cent wide: "23.8" is <c>w23-8</c>.</summary>
    private static string WidthClass(string width) => "w" + width.Replace('.', '-');

    private static void WriteTable(StringBuilder sb, TableBlock table, string? cssClass, SortedSet<string> widths)
    {
        sb.Append("<div class=\"table-wrap\">\n<table").Append(cssClass is null ? "" : $" class=\"{cssClass}\"").Append(">\n");
        if (table.Caption is { } caption)
        {
            sb.Append("<caption>").Append(Text(caption)).Append("</caption>\n");
        }

        if (!table.ColumnWeights.IsDefaultOrEmpty && table.ColumnWeights.Length == table.Header.Length)
        {
            sb.Append("<colgroup>");
            foreach (var w in table.NormalisedWeights())
            {
                var width = (w * 100).ToString("0.#", CultureInfo.InvariantCulture);
                widths.Add(width);
                sb.Append("<col class=\"").Append(WidthClass(width)).Append("\">");
            }

            sb.Append("</colgroup>\n");
        }

        sb.Append("<thead><tr>");
        for (var i = 0; i < table.Header.Length; i++)
        {
            sb.Append("<th scope=\"col\"").Append(table.IsNumeric(i) ? " class=\"num\"" : "").Append('>')
                .Append(Text(table.Header[i])).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr>");
            for (var i = 0; i < table.Header.Length; i++)
            {
                var cell = i < row.Length ? Inline(row[i]) : "";
                var num = table.IsNumeric(i) ? " class=\"num\"" : "";
                if (i == 0 && table.FirstColumnIsHeader)
                {
                    sb.Append("<th scope=\"row\"").Append(num).Append('>').Append(cell).Append("</th>");
                }
                else
                {
                    sb.Append("<td").Append(num).Append('>').Append(cell).Append("</td>");
                }
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</div>\n");
    }

    private static void WriteImage(StringBuilder sb, ImageBlock image)
    {
        sb.Append("<figure role=\"img\" aria-label=\"").Append(Attr(image.AltText)).Append("\">\n");
        if (image.Svg is { } svg)
        {
            sb.Append(PrepareSvg(svg, image)).Append('\n');
        }
        else if (image.Png is { } png)
        {
            sb.Append("<img alt=\"").Append(Attr(image.AltText)).Append("\" width=\"")
                .Append(image.WidthPx.ToString(CultureInfo.InvariantCulture)).Append("\" height=\"")
                .Append(image.HeightPx.ToString(CultureInfo.InvariantCulture)).Append("\" src=\"data:image/png;base64,")
                .Append(Convert.ToBase64String(png)).Append("\">\n");
        }

        if (image.Caption is { } caption)
        {
            sb.Append("<figcaption>").Append(Text(caption)).Append("</figcaption>\n");
        }

        sb.Append("</figure>\n");
    }

    /// <summary>Makes an SVG document fit for inlining: no XML declaration or doctype, no scripts or external
    /// references, a viewBox so it scales, hidden from the accessibility tree (the figure carries the label).</summary>
    internal static string PrepareSvg(string svg, ImageBlock image)
    {
        var start = svg.IndexOf("<svg", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return "";
        }

        var s = svg[start..].Trim();
        s = ScriptElement().Replace(s, "");
        s = ExternalHref().Replace(s, "");
        var tagEnd = s.IndexOf('>', StringComparison.Ordinal);
        var openTag = s[..tagEnd];
        var extra = new StringBuilder();
        if (!openTag.Contains("viewBox", StringComparison.Ordinal))
        {
            extra.Append(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {image.WidthPx} {image.HeightPx}\"");
        }

        extra.Append(" aria-hidden=\"true\" focusable=\"false\"");
        return RenumberIds(s[..tagEnd] + extra + s[tagEnd..].ReplaceLineEndings("\n"));
    }

    /// <summary>Charting libraries number clip paths with a process-wide counter; renaming every id in order of
    /// appearance (and its references) keeps the HTML identical from run to run and unique within the page.</summary>
    private static string RenumberIds(string svg)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in SvgId().Matches(svg))
        {
            map.TryAdd(m.Groups[1].Value, "sw-chart-" + (map.Count + 1).ToString(CultureInfo.InvariantCulture));
        }

        if (map.Count == 0)
        {
            return svg;
        }

        svg = SvgId().Replace(svg, m => $" id=\"{map[m.Groups[1].Value]}\"");
        return SvgIdReference().Replace(svg, m => map.TryGetValue(m.Groups[2].Value, out var id)
            ? m.Groups[1].Value + id + m.Groups[3].Value
            : m.Value);
    }

    /// <summary>Renders runs as inline HTML.</summary>
    internal static string Inline(RichText text)
    {
        var sb = new StringBuilder();
        foreach (var run in text.Runs)
        {
            var t = Text(run.Text);
            if (run.Code)
            {
                t = "<code>" + t + "</code>";
            }

            if (run.Italic)
            {
                t = "<em>" + t + "</em>";
            }

            if (run.Bold)
            {
                t = "<strong>" + t + "</strong>";
            }

            sb.Append(t);
        }

        return sb.ToString();
    }

    private static string Text(string s) => Encode(s);

    private static string Attr(string s) => Encode(s);

    /// <summary>Escapes the five characters HTML cares about; everything else stays readable UTF-8.</summary>
    internal static string Encode(string s)
    {
        var sb = new StringBuilder(s.Length + 16);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\sid\s*=\s*""([^""]+)""")]
    private static partial Regex SvgId();

    [GeneratedRegex(@"(url\(\s*#|href\s*=\s*""#)([^)""\s]+)(\)|"")")]
    private static partial Regex SvgIdReference();

    [GeneratedRegex(@"<script\b.*?</script\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();

    [GeneratedRegex(@"\s(?:xlink:)?href\s*=\s*""(?!#)[^""]*""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalHref();
}
