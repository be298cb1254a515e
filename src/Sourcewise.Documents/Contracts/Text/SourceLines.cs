namespace Sourcewise.Documents.Contracts.Text;

/// <summary>Splits text into source lines at <c>\n</c>, <c>\r\n</c> or <c>\r</c> without copying.</summary>
internal static class SourceLines
{
    public static IEnumerable<(int Start, int Length)> Enumerate(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var index = text.AsSpan(start).IndexOfAny('\n', '\r');
            if (index < 0)
            {
                if (start < text.Length)
                {
                    yield return (start, text.Length - start);
                }

                yield break;
            }

            yield return (start, index);
            start += index + 1;
            if (text[start - 1] == '\r' && start < text.Length && text[start] == '\n')
            {
                start++;
            }
        }
    }

    /// <summary>All source lines' positions, in order.</summary>
    public static List<(int Start, int Length)> Ranges(string text)
    {
        var ranges = new List<(int Start, int Length)>();
        foreach (var range in Enumerate(text))
        {
            ranges.Add(range);
        }

        return ranges;
    }

    public static List<string> Split(string text)
    {
        var lines = new List<string>();
        foreach (var (start, length) in Enumerate(text))
        {
            lines.Add(text.Substring(start, length));
        }

        return lines;
    }
}
