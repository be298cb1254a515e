using System.Collections;

namespace Sourcewise.Web.Hosting;

/// <summary>Reads <c>SOURCEWISE_*</c> environment variables as the <c>Sourcewise</c> configuration section
/// (<c>SOURCEWISE_LIMITS__WORKCONCURRENCY</c> is <c>Sourcewise:Limits:WorkConcurrency</c>). <c>SOURCEWISE_TOKEN</c>
/// and <c>SOURCEWISE_DB</c> are read by <see cref="WebAppOptions.FromEnvironment"/> and not repeated here.</summary>
internal static class SourcewiseEnvironment
{
    private const string Prefix = "SOURCEWISE_";

    public static IConfigurationBuilder AddSourcewiseEnvironment(this IConfigurationBuilder configuration)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
                && name.Length > Prefix.Length && entry.Value is string value)
            {
                var key = name[Prefix.Length..];
                if (key.Equals("TOKEN", StringComparison.OrdinalIgnoreCase) || key.Equals("DB", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                values[$"{SourcewiseSettings.Section}:{key.Replace("__", ":", StringComparison.Ordinal)}"] = value;
            }
        }

        return configuration.AddInMemoryCollection(values);
    }
}
