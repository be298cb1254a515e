using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

namespace Sourcewise.Reports.Json;

/// <summary>The UTF-8 JSON of immutable objects that engines share between results (a rule's contribution, an unknown
/// question, a mistake), rendered once and then copied, instead of being written property by property each time.</summary>
/// <remarks>Thread-safe. Keyed by reference; bounded so that objects built per request cannot grow it without limit
/// (beyond the bound, objects are rendered each time).</remarks>
internal sealed class RawJsonCache<T>(Action<Utf8JsonWriter, T> render) where T : class
{
    private const int MaxEntries = 16384;
    private readonly ConcurrentDictionary<T, byte[]> _cache = new(ReferenceEqualityComparer.Instance);

    public void Write(Utf8JsonWriter writer, T value)
    {
        // Cached bytes are compact; an indented document is rendered in place so that it stays evenly indented.
        if (writer.Options.Indented)
        {
            render(writer, value);
            return;
        }

        if (!_cache.TryGetValue(value, out var bytes))
        {
            if (_cache.Count >= MaxEntries)
            {
                render(writer, value);
                return;
            }

            var buffer = new ArrayBufferWriter<byte>(256);
            using (var scratch = new Utf8JsonWriter(buffer))
            {
                render(scratch, value);
            }

            bytes = buffer.WrittenSpan.ToArray();
            _cache.TryAdd(value, bytes);
        }

        writer.WriteRawValue(bytes, skipInputValidation: true);
    }
}
