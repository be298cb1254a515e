using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Sourcewise.Cli.Infrastructure;

/// <summary>What <c>--help</c> adds after the parser's own help: examples to copy, and the exit codes.</summary>
internal static class CommandHelp
{
    private static readonly Dictionary<string, string[]> Examples = new(StringComparer.Ordinal)
    {
        ["sourcewise"] =
        [
            "sourcewise assess                                      # answer the questions on a terminal",
            "sourcewise assess examples/search-relevance.yaml       # or assess a profile file",
            "sourcewise cost examples/scenario.yaml --seed 7",
            "sourcewise check examples/search-relevance-sow.md",
            "sourcewise report examples/search-relevance.yaml --cost examples/scenario.yaml --output decision.pdf",
            "sourcewise serve                                       # then open http://127.0.0.1:5080",
        ],
        ["sourcewise models"] =
        [
            "sourcewise models",
            "sourcewise models --format markdown > models.md",
        ],
        ["sourcewise assess"] =
        [
            "sourcewise assess                                      # questions on a terminal; Enter keeps \"don't know\"",
            "sourcewise assess --save my-team.yaml                  # ... and keep the answers for report and the web",
            "sourcewise assess examples/seed-marketplace.yaml --format markdown",
            "cat profile.json | sourcewise assess - --format json",
        ],
        ["sourcewise portfolio"] =
        [
            "sourcewise portfolio examples/portfolio.csv",
            "sourcewise portfolio examples/portfolio.csv --format csv > assessed.csv",
        ],
        ["sourcewise check"] =
        [
            "sourcewise check examples/search-relevance-sow.md",
            "sourcewise check proposal.pdf --claimed managed-services --format json",
            "sourcewise check examples/proposal-answers.yaml       # a questionnaire of answered signals",
            "sourcewise check proposals/ --format sarif > check.sarif",
        ],
        ["sourcewise cost"] =
        [
            "sourcewise cost examples/scenario.yaml --seed 7",
            "sourcewise cost examples/scenario.yaml --trials 1000000 --chart cost.svg --format json > cost.json",
        ],
        ["sourcewise report"] =
        [
            "sourcewise report examples/seed-marketplace.yaml > decision.md",
            "sourcewise report examples/search-relevance.yaml --cost examples/scenario.yaml --contract examples/search-relevance-sow.md --output decision.pdf",
            "sourcewise report examples/search-relevance.yaml --output decision.html   # the format follows the extension",
        ],
        ["sourcewise serve"] =
        [
            "sourcewise serve                                       # http://127.0.0.1:5080, SQLite in your data folder",
            "SOURCEWISE_TOKEN=$(openssl rand -hex 24) sourcewise serve --urls http://0.0.0.0:5080 --db \"Host=db;Username=sw;Password=…;Database=sourcewise\"",
        ],
    };

    private static readonly (int Code, string Meaning)[] ExitCodeMeanings =
    [
        (ExitCodes.Success, "success"),
        (ExitCodes.BadInput, "bad input: the message names the file and, where it applies, line and column or field"),
        (ExitCodes.Usage, "usage error: unknown command or option, a value not accepted, options that contradict"),
        (3, "done, and something needs attention (decisions review --all)"),
        (ExitCodes.Cancelled, "cancelled (Ctrl+C); nothing half-written is left behind"),
    ];

    /// <summary>Replaces the help action of the root's <c>--help</c> (which every subcommand shares) with one that
    /// also prints examples and exit codes.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction inner } help)
            {
                help.Action = new WithExamples(inner);
            }
        }
    }

    /// <summary>The lines printed after the parser's help for this command.</summary>
    public static string Epilogue(string path)
    {
        var text = new System.Text.StringBuilder();
        if (Examples.TryGetValue(path, out var examples))
        {
            text.Append("Examples:\n");
            foreach (var example in examples)
            {
                text.Append("  ").Append(example).Append('\n');
            }

            text.Append('\n');
        }

        text.Append("Exit codes:\n");
        foreach (var (code, meaning) in ExitCodeMeanings)
        {
            if (code == 3 && !path.StartsWith("sourcewise decisions", StringComparison.Ordinal) && path != "sourcewise")
            {
                continue;
            }

            text.Append("  ").Append(code.ToString(System.Globalization.CultureInfo.InvariantCulture).PadRight(5)).Append(meaning).Append('\n');
        }

        return text.ToString();
    }

    private sealed class WithExamples(HelpAction inner) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exit = inner.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.Write(Epilogue(UsageErrors.PathOf(parseResult.CommandResult)));
            return exit;
        }
    }
}
