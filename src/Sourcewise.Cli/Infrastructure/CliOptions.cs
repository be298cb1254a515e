using System.CommandLine;
using Sourcewise.Application.Output;

namespace Sourcewise.Cli.Infrastructure;

/// <summary>Options shared by several commands, built the same way everywhere.</summary>
internal static class CliOptions
{
    /// <summary>A <c>--format</c> option limited to the given formats; the first is the default.</summary>
    public static FormatOption Format(IReadOnlyList<OutputFormat> formats) => new(formats);

    /// <summary>A <c>--format</c> option over plain names; the first is the default. Only the hidden
    /// <c>check-eval</c> command still uses it (it is moving out of the shipped CLI, to <c>tools/</c>).</summary>
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

/// <summary>A <c>--format</c> option: parsed and shown as the format names, read as an <see cref="OutputFormat"/>.</summary>
internal sealed class FormatOption
{
    private readonly OutputFormat _default;

    public FormatOption(IReadOnlyList<OutputFormat> formats)
    {
        var ids = formats.Select(f => f.ToId()).ToArray();
        _default = formats[0];
        Option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", ids)} (default {ids[0]}).",
            DefaultValueFactory = _ => ids[0],
            HelpName = string.Join("|", ids),
        };
        Option.AcceptOnlyFromAmong(ids);
    }

    /// <summary>The option to add to a command.</summary>
    public Option<string> Option { get; }

    /// <summary>The format the command line chose.</summary>
    public OutputFormat Get(ParseResult parseResult) =>
        OutputFormats.TryParse(parseResult.GetValue(Option), out var format) ? format : _default;
}
