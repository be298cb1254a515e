using System.Text.Json;
using Sourcewise.Profiles;

namespace Sourcewise.Web.Decisions;

/// <summary>A work profile as JSON with the public keys (only the known answers).</summary>
internal static class ProfileJson
{
    public static string Write(WorkProfile profile)
    {
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

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
