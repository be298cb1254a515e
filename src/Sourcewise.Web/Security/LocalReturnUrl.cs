using System.Text;

namespace Sourcewise.Web.Security;

/// <summary>Where to go after signing in: a local path (<c>/…</c>, never <c>//host</c>, <c>/\host</c> or an absolute URL),
/// with anything outside printable ASCII percent-encoded (a raw non-ASCII character cannot go into a
/// <c>Location</c> header). Anything else is <c>/</c>.</summary>
internal static class LocalReturnUrl
{
    public static string From(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl[0] != '/'
            || (returnUrl.Length > 1 && (returnUrl[1] == '/' || returnUrl[1] == '\\')))
        {
            return "/";
        }

        var encoded = new StringBuilder(returnUrl.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < returnUrl.Length; i++)
        {
            var c = returnUrl[i];
            if (c is > ' ' and < (char)0x7F && c != '\\')
            {
                encoded.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < returnUrl.Length && char.IsLowSurrogate(returnUrl[i + 1])
                ? Encoding.UTF8.GetBytes(returnUrl.AsSpan(i++, 2), utf8)
                : Encoding.UTF8.GetBytes(char.IsSurrogate(c) ? "\uFFFD" : c.ToString(), utf8);
            foreach (var b in utf8[..length])
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
