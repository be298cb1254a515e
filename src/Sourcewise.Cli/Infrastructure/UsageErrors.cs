using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Sourcewise.Cli.Infrastructure;

/// <summary>Turns the parser's errors into one line each that teaches: the unknown command or option with the closest
/// names ("did you mean"), the bad value with the accepted ones.</summary>
internal static partial class UsageErrors
{
    /// <summary>The usage problems of a parse, one message each; empty when the command line is fine.</summary>
    /// <param name="parseResult">The parse.</param>
    /// <param name="unknownCommand">Set when the first word is not a command (then even <c>--help</c> is an error).</param>
    public static IReadOnlyList<string> Find(ParseResult parseResult, out bool unknownCommand)
    {
        unknownCommand = false;
        var messages = new List<string>();
        var command = parseResult.CommandResult.Command;
        var path = PathOf(parseResult.CommandResult);
        var optionNames = OptionNames(parseResult.CommandResult).ToList();

        // A mistyped option is not an error to the parser when the command takes an argument: it becomes the
        // argument's value. Any word that looks like an option and is not one is reported here.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in parseResult.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            if (token.Type == TokenType.Argument && LooksLikeOption(token.Value) && !optionNames.Contains(OptionName(token.Value)))
            {
                var name = OptionName(token.Value);
                if (reported.Add(name))
                {
                    messages.Add($"unknown option '{name}' for '{path}'{DidYouMean.Hint(name, optionNames)}");
                }
            }
        }

        foreach (var error in parseResult.Errors)
        {
            var unrecognised = Unrecognised().Match(error.Message);
            if (unrecognised.Success)
            {
                var word = unrecognised.Groups[1].Value;
                if (reported.Count > 0 || reported.Contains(word))
                {
                    continue; // the value of a mistyped option: the unknown option says it all
                }

                if (command.Subcommands.Count > 0 && !command.Subcommands.Any(c => c.Name == word))
                {
                    unknownCommand = true;
                    var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
                    messages.Add($"unknown command '{word}'{DidYouMean.Hint(word, names)}; the commands are: {string.Join(", ", names)}");
                }
                else
                {
                    messages.Add($"unexpected argument '{word}' for '{path}'");
                }

                continue;
            }

            if (error.SymbolResult is { } symbol && Accepted(symbol) is { Count: > 0 } accepted && Value(symbol) is { } value
                && !accepted.Contains(value, StringComparer.Ordinal))
            {
                messages.Add($"{Label(symbol)}: '{value}' is not one of {string.Join(", ", accepted)}{DidYouMean.Hint(value, accepted)}");
                continue;
            }

            if (error.Message == "Required command was not provided."
                && (messages.Count > 0 || parseResult.Errors.Any(e => Unrecognised().IsMatch(e.Message))))
            {
                continue;
            }

            messages.Add(error.Message.Replace("Required command was not provided.",
                $"give a command: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}",
                StringComparison.Ordinal));
        }

        // With --help the parser drops its errors, but an unknown command is still unknown: say so rather than show the
        // general help as if the command existed.
        if (messages.Count == 0 && command is RootCommand && parseResult.UnmatchedTokens.Count > 0
            && !LooksLikeOption(parseResult.UnmatchedTokens[0]))
        {
            var word = parseResult.UnmatchedTokens[0];
            var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
            unknownCommand = true;
            messages.Add($"unknown command '{word}'{DidYouMean.Hint(word, names)}; the commands are: {string.Join(", ", names)}");
        }

        return messages;
    }

    private static bool LooksLikeOption(string word) => OptionLike().IsMatch(word);

    private static string OptionName(string word) => word.Split('=', ':')[0];

    private static IEnumerable<string> OptionNames(CommandResult result)
    {
        foreach (var option in result.Command.Options)
        {
            yield return option.Name;
            foreach (var alias in option.Aliases)
            {
                yield return alias;
            }
        }

        // Options declared on a parent for every subcommand (help, version).
        for (var parent = result.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            foreach (var option in parent.Command.Options.Where(o => o.Recursive))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases)
                {
                    yield return alias;
                }
            }
        }
    }

    private static List<string>? Accepted(SymbolResult symbol) => symbol switch
    {
        OptionResult o => [.. o.Option.GetCompletions(CompletionContext.Empty).Select(c => c.Label)],
        ArgumentResult { Parent: OptionResult o } => [.. o.Option.GetCompletions(CompletionContext.Empty).Select(c => c.Label)],
        ArgumentResult a => [.. a.Argument.GetCompletions(CompletionContext.Empty).Select(c => c.Label)],
        _ => null,
    };

    private static string? Value(SymbolResult symbol) => symbol.Tokens.Count > 0 ? symbol.Tokens[^1].Value : null;

    private static string Label(SymbolResult symbol) => symbol switch
    {
        OptionResult o => o.Option.Name,
        ArgumentResult { Parent: OptionResult o } => o.Option.Name,
        ArgumentResult a => a.Argument.Name,
        _ => "value",
    };

    /// <summary>The command as typed: <c>sourcewise</c>, <c>sourcewise assess</c>, <c>sourcewise decisions list</c>.</summary>
    public static string PathOf(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent)
        {
            names.Add(c.Command is RootCommand ? "sourcewise" : c.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    [GeneratedRegex("^Unrecognized command or argument '(.*)'\\.?$")]
    private static partial Regex Unrecognised();

    [GeneratedRegex("^--?[A-Za-z][A-Za-z0-9-]*([=:].*)?$")]
    private static partial Regex OptionLike();
}
