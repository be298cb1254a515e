using System.CommandLine;

namespace Sourcewise.Cli.Infrastructure;

/// <summary>Options shared by several commands, built the same way everywhere.</summary>
internal static class CliOptions
{
    /// <summary>A <c>--format</c> option limited to the given formats; the first is the default.</summary>
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)} (default {formats[0]}).",
            DefaultValueFactory = _ => formats[0],
            HelpName = string.Join("|", formats),
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
