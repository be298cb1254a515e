using System.Text;
using Sourcewise.Reports.Documents;

namespace Sourcewise.Reports.Rendering;

/// <summary>Renders a <see cref="ReportDocument"/> as GitHub-flavoured Markdown that pastes cleanly into a wiki:
/// ATX headings, pipe tables, no raw HTML. Output uses <c>\n</c> line ends and is byte-identical for equal documents.</summary>
public static class MarkdownReportRenderer
{
    /// <summary>Renders the document.</summary>
    /// <param name="document">The report.</param>
    /// <param name="linkImages">When <c>true</c>, an image with a <see cref="ImageBlock.FileName"/> is linked
    /// (<c>![alt](file)</c>; the caller writes the file beside the Markdown). Otherwise the image is described in words.</param>
    public static string Render(ReportDocument document, bool linkImages = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sb = new StringBuilder();
        sb.Append("# ").Append(Escape(document.Title)).Append('\n').Append('\n');
        foreach (var item in document.Metadata)
        {
            sb.Append("- **").Append(Escape(item.Label)).Append(":** ").Append(Escape(item.Value)).Append('\n');
        }

        foreach (var section in document.Sections)
        {
            sb.Append('\n').Append("## ").Append(Escape(section.Title)).Append('\n');
            foreach (var block in section.Blocks)
            {
                sb.Append('\n');
                WriteBlock(sb, block, linkImages);
            }
        }

        return sb.ToString();
    }

    private static void WriteBlock(StringBuilder sb, ReportBlock block, bool linkImages)
    {
        switch (block)
        {
            case SubheadingBlock h:
                sb.Append("### ").Append(Escape(h.Text)).Append('\n');
                break;
            case ParagraphBlock p:
                sb.Append(Inline(p.Text)).Append('\n');
                break;
            case NoteBlock n:
                sb.Append("> **").Append(Escape(n.Label)).Append(".** ").Append(Inline(n.Text)).Append('\n');
                break;
            case BulletListBlock list:
                foreach (var item in list.Items)
                {
                    sb.Append("- ").Append(Inline(item)).Append('\n');
                }

                break;
            case TableBlock table:
                WriteTable(sb, table);
                break;
            case ImageBlock image:
                if (linkImages && image.FileName is { } file)
                {
                    sb.Append("![").Append(Escape(image.AltText)).Append("](").Append(Uri.EscapeDataString(file))
                        .Append(")\n");
                    if (image.Caption is { } caption)
                    {
                        sb.Append('\n').Append('*').Append(Escape(caption)).Append("*\n");
                    }
                }
                else
                {
                    sb.Append("*Chart (in the HTML, DOCX and PDF versions): ").Append(Escape(image.AltText))
                        .Append("*\n");
                }

                break;
            case SignOffBlock signOff:
                WriteTable(sb, new TableBlock(
                    ["Role", "Name", "Signature", "Date"],
                    [.. signOff.Roles.Select(r => (System.Collections.Immutable.ImmutableArray<RichText>)
                        [RichText.Plain(r), RichText.Plain(""), RichText.Plain(""), RichText.Plain("")])]));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block.");
        }
    }

    private static void WriteTable(StringBuilder sb, TableBlock table)
    {
        sb.Append('|');
        foreach (var h in table.Header)
        {
            sb.Append(' ').Append(Escape(h)).Append(" |");
        }

        sb.Append('\n').Append('|');
        for (var i = 0; i < table.Header.Length; i++)
        {
            sb.Append(table.IsNumeric(i) ? "---:|" : "---|");
        }

        sb.Append('\n');
        foreach (var row in table.Rows)
        {
            sb.Append('|');
            for (var i = 0; i < table.Header.Length; i++)
            {
                var cell = i < row.Length ? Inline(row[i]) : "";
                sb.Append(' ').Append(cell).Append(cell.Length == 0 ? "|" : " |");
            }

            sb.Append('\n');
        }
    }

    /// <summary>Renders styled runs as inline Markdown.</summary>
    internal static string Inline(RichText text)
    {
        var sb = new StringBuilder();
        foreach (var run in text.Runs)
        {
            var raw = run.Text.ReplaceLineEndings(" ");
            if (run.Code)
            {
                var fence = raw.Contains('`', StringComparison.Ordinal) ? "``" : "`";
                var pad = raw.StartsWith('`') || raw.EndsWith('`') ? " " : "";
                sb.Append(fence).Append(pad).Append(raw.Replace("|", "\\|", StringComparison.Ordinal)).Append(pad)
                    .Append(fence);
                continue;
            }

            var marker = (run.Bold, run.Italic) switch
            {
                (true, true) => "***",
                (true, false) => "**",
                (false, true) => "*",
                _ => "",
            };
            if (marker.Length == 0 || raw.Trim().Length == 0)
            {
                sb.Append(Escape(raw));
                continue;
            }

            // Emphasis markers must touch the text, so leading and trailing spaces go outside them.
            var core = raw.Trim();
            var lead = raw[..raw.IndexOf(core, StringComparison.Ordinal)];
            var trail = raw[(lead.Length + core.Length)..];
            sb.Append(lead).Append(marker).Append(Escape(core)).Append(marker).Append(trail);
        }

        return sb.ToString();
    }

    /// <summary>Escapes characters that Markdown would read as markup (and <c>|</c>, for table cells).</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '#')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        // A line that starts like a list item or an ordered list would turn into one.
        var s = sb.ToString();
        if (s.Length > 0 && ((s[0] is '-' or '+' && (s.Length == 1 || s[1] == ' ')) || (char.IsDigit(s[0]) && LooksOrdered(s))))
        {
            var i = s[0] is '-' or '+' ? 0 : s.IndexOfAny(['.', ')']);
            s = s[..i] + "\\" + s[i..];
        }

        return s;
    }

    private static bool LooksOrdered(string s)
    {
        var i = 0;
        while (i < s.Length && char.IsDigit(s[i]))
        {
            i++;
        }

        return i < s.Length - 1 && s[i] is '.' or ')' && s[i + 1] == ' ';
    }
}
