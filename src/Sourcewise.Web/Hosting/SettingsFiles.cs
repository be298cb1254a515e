using Microsoft.Extensions.Configuration.Json;

namespace Sourcewise.Web.Hosting;

/// <summary>The web host reads <c>appsettings.json</c> and <c>appsettings.{Environment}.json</c> from its content root.
/// <c>sourcewise serve</c> runs from whatever folder the user is in, and a stray settings file there could open
/// Kestrel on every address or change the limits: those files are not read. Settings come from the command line,
/// environment variables (<c>SOURCEWISE_*</c>, <c>Sourcewise__*</c>) and nothing else.</summary>
internal static class SettingsFiles
{
    public static void Ignore(IConfigurationBuilder configuration)
    {
        var stray = configuration.Sources.OfType<JsonConfigurationSource>()
            .Where(s => s.Path is { } path && Path.GetFileName(path).StartsWith("appsettings", StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var source in stray)
        {
            configuration.Sources.Remove(source);
        }
    }
}
