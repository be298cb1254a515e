using System.CommandLine;
using Sourcewise.Cli.Infrastructure;

namespace Sourcewise.Cli.Commands;

/// <summary>The list of commands, in the order <c>--help</c> shows them. Each command lives in its own file.</summary>
internal static class CliCommands
{
    public static IEnumerable<Command> Create(CliEnvironment env)
    {
        yield return ModelsCommand.Create(env);
        yield return AssessCommand.Create(env);
        yield return PortfolioCommand.Create(env);
        yield return CheckCommand.Create(env);
        yield return CostCommand.Create(env);
        yield return ReportCommand.Create(env);
        yield return ServeCommand.Create(env);
        yield return DecisionsCommand.Create(env);
    }
}
