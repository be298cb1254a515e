using System.CommandLine;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.Web;

namespace Sourcewise.Cli.Commands;

/// <summary><c>sourcewise serve [--urls URL] [--db CONNECTION]</c>: the web app and JSON API.</summary>
internal static class ServeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var urls = new Option<string?>("--urls")
        {
            Description = $"Where to listen (default {WebAppOptions.DefaultUrls}). A non-loopback address needs SOURCEWISE_TOKEN " +
                          "(at least 16 characters); the addresses Kestrel really binds are checked before serving.",
        };
        var db = new Option<string?>("--db")
        {
            Description = "A SQLite file path, or a PostgreSQL connection string (Host=…). Default: SOURCEWISE_DB, else " +
                          "sourcewise.db in the user's data folder.",
        };
        var command = new Command("serve", "Run the web app and the JSON API (saved decisions in SQLite or PostgreSQL).")
        {
            urls,
            db,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var fromEnvironment = WebAppOptions.FromEnvironment([]);
            var options = fromEnvironment with
            {
                Urls = WebAppOptions.NonEmpty(parseResult.GetValue(urls)) ?? fromEnvironment.Urls,
                Database = WebAppOptions.NonEmpty(parseResult.GetValue(db)) ?? fromEnvironment.Database,
            };
            return await SourcewiseWebApp.RunAsync(options, env.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
