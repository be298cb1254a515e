using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Sourcewise.Reports.Rendering.Pdf;

/// <summary>PDFsharp puts two random values in every file: the six-letter tag of each embedded font subset
/// (<c>ABCDEF+DejaVu Sans</c>) and the XMP document and instance UUIDs. Both sit in uncompressed dictionaries, so
/// they are replaced in place by values of the same length derived from the document, which keeps every byte
/// offset (and the cross-reference table) valid and makes the output reproducible.</summary>
internal static partial class PdfDeterminism
{
    public static byte[] Normalise(byte[] pdf, string seed)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in SubsetTag().Matches(text))
        {
            var tag = m.Groups["tag"].Value;
            if (!tags.ContainsKey(tag))
            {
                tags[tag] = Letters(seed + "/font/" + m.Groups["name"].Value + "/" + tags.Count);
            }
        }

        var uuidIndex = 0;
        var result = SubsetTag().Replace(text, m => m.Groups["prefix"].Value + tags[m.Groups["tag"].Value] + "+" + m.Groups["name"].Value);
        result = Uuid().Replace(result, _ => "uuid:" + new Guid(Hash(seed + "/uuid/" + uuidIndex++).AsSpan(0, 16)).ToString("D"));
        var bytes = Encoding.Latin1.GetBytes(result);
        return bytes.Length == pdf.Length ? bytes : pdf;
    }

    private static string Letters(string value)
    {
        var hash = Hash(value);
        var sb = new StringBuilder(6);
        for (var i = 0; i < 6; i++)
        {
            sb.Append((char)('A' + (hash[i] % 26)));
        }

        return sb.ToString();
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));

    [GeneratedRegex(@"(?<prefix>/(?:BaseFont|FontName)\s*/)(?<tag>[A-Z]{6})\+(?<name>[^/\s>]*)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();
}
