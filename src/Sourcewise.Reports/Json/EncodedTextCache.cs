using System.Collections.Concurrent;
using System.Text.Json;

namespace Sourcewise.Reports.Json;

/// <summary>Pre-encoded JSON text for strings that come from rules (reasons, messages, questions): the same string
/// instances are written for every assessment, so they are escaped and transcoded once instead of each time.</summary>
/// <remarks>Thread-safe. Keyed by reference; bounded so that strings built per request cannot grow it without
/// limit (beyond the bound, text is encoded on the fly as usual).</remarks>
internal static class EncodedTextCache
{
    private const int MaxEntries = 8192;
    private static readonly ConcurrentDictionary<string, JsonEncodedText> Cache = new(ReferenceEqualityComparer.Instance);

    public static void WriteString(Utf8JsonWriter writer, JsonEncodedText key, string value)
    {
        if (Cache.TryGetValue(value, out var encoded))
        {
            writer.WriteString(key, encoded);
            return;
        }

        if (Cache.Count < MaxEntries)
        {
            encoded = JsonEncodedText.Encode(value);
            Cache.TryAdd(value, encoded);
            writer.WriteString(key, encoded);
            return;
        }

        writer.WriteString(key, value);
    }
}
