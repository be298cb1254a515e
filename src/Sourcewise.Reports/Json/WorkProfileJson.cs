using System.Text;
using System.Text.Json;
using Sourcewise.Profiles;

namespace Sourcewise.Reports.Json;

/// <summary>Writes a work profile as the JSON of the public interface: only the known answers, with their keys.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class WorkProfileJson
{
    /// <summary>The profile as compact JSON text (what a saved decision stores).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static string Write(WorkProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in profile.ToPairs())
            {
                switch (value)
                {
                    case bool b:
                        writer.WriteBoolean(key, b);
                        break;
                    case int i:
                        writer.WriteNumber(key, i);
                        break;
                    default:
                        writer.WriteString(key, value.ToString());
                        break;
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
