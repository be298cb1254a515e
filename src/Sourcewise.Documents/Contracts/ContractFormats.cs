namespace Sourcewise.Documents.Contracts;

/// <summary>Picks a format from a file name and the first bytes of its content.</summary>
internal static class ContractFormats
{
    /// <summary>The accepted extensions, as listed in messages.</summary>
    public const string AcceptedList = ".txt .md .markdown .html .htm .docx .pdf";

    public static string Id(ContractFormat format) => format switch
    {
        ContractFormat.Text => "text",
        ContractFormat.Markdown => "markdown",
        ContractFormat.Html => "html",
        ContractFormat.Docx => "docx",
        ContractFormat.Pdf => "pdf",
        _ => "unknown",
    };

    public static ContractFormat FromExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".txt" or ".text" => ContractFormat.Text,
            ".md" or ".markdown" => ContractFormat.Markdown,
            ".html" or ".htm" or ".xhtml" => ContractFormat.Html,
            ".docx" => ContractFormat.Docx,
            ".pdf" => ContractFormat.Pdf,
            _ => ContractFormat.Unknown,
        };
    }

    /// <summary>Whether the content starts like a PDF (the header may follow up to 1 KiB of junk).</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> content) =>
        content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>Whether the content starts with a zip local file header (DOCX, XLSX, …).</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> content) =>
        content.StartsWith("PK\u0003\u0004"u8) || content.StartsWith("PK\u0005\u0006"u8);

    /// <summary>Whether text content starts like an HTML document.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 512)];
        var start = head.IndexOfAnyExcept(" \t\r\n\uFEFF"u8);
        if (start < 0)
        {
            return false;
        }

        head = head[start..];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        return StartsWithIgnoreCase(head, "<!doctype html"u8) || StartsWithIgnoreCase(head, "<html"u8);
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix)
    {
        if (text.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            var c = text[i];
            if (c is >= (byte)'A' and <= (byte)'Z')
            {
                c = (byte)(c + 32);
            }

            if (c != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
