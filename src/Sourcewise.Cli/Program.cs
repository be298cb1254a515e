using Sourcewise.Cli;
using Sourcewise.Cli.Infrastructure;

return await SourcewiseCli.RunAsync(args, CliEnvironment.FromProcess());
