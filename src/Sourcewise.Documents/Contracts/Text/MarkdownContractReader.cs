using System.Text.RegularExpressions;
using Sourcewise.Contracts;

namespace Sourcewise.Documents.Contracts.Text;

/// <summary>Reads Markdown: syntax is stripped, ATX and Setext headings become <see cref="ContractLineKind.Heading"/>,
/// list items start clauses, pipe tables become <see cref="ContractLineKind.TableRow"/> lines; line numbers are the
/// source lines.</summary>
internal static partial class MarkdownContractReader
{
    public static ContractText Read(string text, string source, CancellationToken cancellationToken)
    {
        var lines = SourceLines.Split(text);
        var builder = new List<ContractLine>(lines.Count);
        string? fence = null;
        var inComment = false;
        var inTable = false;
        var previousBlank = true;
        for (var index = 0; index < lines.Count; index++)
        {
            if ((index & 4095) == 4095)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var raw = lines[index];
            var lineNumber = index + 1;
            var trimmed = raw.Trim();

            if (inComment)
            {
                var end = trimmed.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    continue;
                }

                inComment = false;
                trimmed = trimmed[(end + 3)..].Trim();
            }

            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.AsSpan().TrimStart(fence[0]).IsWhiteSpace())
                {
                    fence = null;
                }
                else
                {
                    Add(builder, lineNumber, raw, ContractLineKind.Body);
                }

                continue;
            }

            trimmed = RemoveComments(trimmed, ref inComment);
            if (trimmed.Length == 0)
            {
                previousBlank = true;
                inTable = false;
                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..3];
                previousBlank = false;
                continue;
            }

            var wasBlank = previousBlank;
            previousBlank = false;

            if (trimmed[0] is '=' or '-' && SetextUnderline().IsMatch(trimmed) && !wasBlank && builder.Count > 0
                && builder[^1].Line == lineNumber - 1 && builder[^1].Kind != ContractLineKind.TableRow)
            {
                builder[^1] = builder[^1] with { Kind = ContractLineKind.Heading };
                continue;
            }

            if (trimmed.Length <= 256 && (ThematicBreak().IsMatch(trimmed) || LinkDefinition().IsMatch(trimmed)))
            {
                continue;
            }

            var heading = trimmed.Length <= 1024 ? AtxHeading().Match(trimmed) : Match.Empty;
            if (trimmed.Length > 1024 && trimmed.StartsWith('#'))
            {
                Add(builder, lineNumber, MarkdownInline.Strip(trimmed.TrimStart('#')), ContractLineKind.Heading);
                continue;
            }

            if (heading.Success)
            {
                var title = heading.Groups[1].Success ? heading.Groups[1].Value : heading.Groups[2].Value;
                Add(builder, lineNumber, MarkdownInline.Strip(title), ContractLineKind.Heading);
                continue;
            }

            // Block quote markers, however many ("> > > x"): one cut, not one copy of the line per marker.
            var quoted = 0;
            while (quoted < trimmed.Length && trimmed[quoted] == '>')
            {
                quoted++;
                while (quoted < trimmed.Length && char.IsWhiteSpace(trimmed[quoted]))
                {
                    quoted++;
                }
            }

            if (quoted > 0)
            {
                trimmed = trimmed[quoted..];
            }

            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed.Length <= 1024 && trimmed.Contains('|', StringComparison.Ordinal) && TableDelimiter().IsMatch(trimmed))
            {
                inTable = true;
                if (builder.Count > 0 && builder[^1].Line == lineNumber - 1 && builder[^1].Kind != ContractLineKind.TableRow)
                {
                    // The header row above was read before the delimiter told us it was a table.
                    builder[^1] = builder[^1] with { Text = TableRow(lines[index - 1].Trim()), Kind = ContractLineKind.TableRow };
                }

                continue;
            }

            var nextIsDelimiter = index + 1 < lines.Count && trimmed.Contains('|', StringComparison.Ordinal)
                && lines[index + 1].Length <= 1024 && TableDelimiter().IsMatch(lines[index + 1].Trim());
            if (trimmed.StartsWith('|') || nextIsDelimiter || (inTable && trimmed.Contains('|', StringComparison.Ordinal)))
            {
                inTable = true;
                Add(builder, lineNumber, TableRow(trimmed), ContractLineKind.TableRow);
                continue;
            }

            var bullet = Bullet().Match(trimmed);
            if (bullet.Success)
            {
                var item = MarkdownInline.Strip(trimmed[bullet.Length..]);
                var kind = LineKinds.Classify(item);
                Add(builder, lineNumber, item, kind == ContractLineKind.Heading ? kind : ContractLineKind.Clause);
                continue;
            }

            if (trimmed.EndsWith('\\'))
            {
                trimmed = trimmed[..^1];
            }

            var plain = ContractLinesBuilder.Clean(MarkdownInline.Strip(trimmed));
            var previous = !wasBlank && builder.Count > 0 && builder[^1].Line == lineNumber - 1
                && builder[^1].Kind is ContractLineKind.Body or ContractLineKind.Clause ? builder[^1].Text : null;
            Add(builder, lineNumber, plain, LineKinds.ClassifyInFlow(plain, previous));
        }

        return new ContractText(source, "markdown", [.. builder]);
    }

    private static void Add(List<ContractLine> lines, int lineNumber, string text, ContractLineKind kind)
    {
        var clean = ContractLinesBuilder.Clean(text);
        if (clean.Length > 0)
        {
            lines.Add(new ContractLine(null, lineNumber, clean, kind));
        }
    }

    private static string TableRow(string row)
    {
        var cells = new List<string>();
        var start = 0;
        for (var i = 0; i <= row.Length; i++)
        {
            if (i == row.Length || (row[i] == '|' && (i == 0 || row[i - 1] != '\\')))
            {
                cells.Add(ContractLinesBuilder.Clean(MarkdownInline.Strip(row[start..i].Replace("\\|", "|", StringComparison.Ordinal))));
                start = i + 1;
            }
        }

        if (row.StartsWith('|') && cells.Count > 0 && cells[0].Length == 0)
        {
            cells.RemoveAt(0);
        }

        if (row.EndsWith('|') && cells.Count > 0 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return string.Join(" | ", cells);
    }

    private static string RemoveComments(string text, ref bool inComment)
    {
        var start = text.IndexOf("<!--", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            if (end < 0)
            {
                inComment = true;
                return text[..start].Trim();
            }

            text = string.Concat(text.AsSpan(0, start), text.AsSpan(end + 3)).Trim();
            start = text.IndexOf("<!--", StringComparison.Ordinal);
        }

        return text;
    }

    // Lenient: "###Summary" (no space, as some authors write it) is a heading too.
    [GeneratedRegex(@"^#{1,6}(?:[ \t]+(.*?)|(?=\p{L})(.*?))?(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^(?:=+|-+)[ \t]*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^\[[^\]]+\]:[ \t]*\S+")]
    private static partial Regex LinkDefinition();

    [GeneratedRegex(@"^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$")]
    private static partial Regex TableDelimiter();

    [GeneratedRegex(@"^[-*+][ \t]+(?:\[[ xX]\][ \t]+)?")]
    private static partial Regex Bullet();
}
