using System.Globalization;
using System.Text;
using System.Text.Json;
using Sourcewise.Profiles;

namespace Sourcewise.Cli.Interactive;

/// <summary>Writes a work profile as the YAML file <c>assess</c>, <c>report</c> and the web read: the answers given,
/// then every unanswered question as a comment listing what it accepts, ready to fill in later.</summary>
internal static class ProfileFile
{
    public static byte[] ToYaml(WorkProfile profile)
    {
        var sb = new StringBuilder();
        sb.Append("# A Sourcewise work profile: sourcewise assess FILE, sourcewise report FILE.\n");
        sb.Append("name: ").Append(JsonSerializer.Serialize(profile.Name)).Append('\n');
        foreach (var field in ProfileFields.Answerable)
        {
            if (profile.GetJsonValue(field) is { } value)
            {
                sb.Append(field.Key).Append(": ").Append(Format(value)).Append('\n');
            }
        }

        var unknown = profile.UnknownFields;
        if (!unknown.IsEmpty)
        {
            sb.Append("# Not answered yet (each lowers confidence); remove the '# ' and give a value:\n");
            foreach (var field in unknown)
            {
                sb.Append("# ").Append(field.Key).Append(":   # ").Append(field.AcceptedDescription).Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
