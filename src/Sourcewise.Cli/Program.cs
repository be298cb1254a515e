using Sourcewise.Cli;
using Sourcewise.Cli.Infrastructure;

using var cancellation = new ProcessCancellation();
return await SourcewiseCli.RunAsync(args, CliEnvironment.FromProcess(), cancellation.Token);
