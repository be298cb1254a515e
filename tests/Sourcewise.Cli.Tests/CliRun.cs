using System.Text;
using Sourcewise.Cli.Infrastructure;

namespace Sourcewise.Cli.Tests;

/// <summary>Runs the CLI in-process over string writers.</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(string[] args, string? stdin = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = CliEnvironment.ForWriters(output, error,
            stdin is null ? null : () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)));
        var exit = await SourcewiseCli.RunAsync(args, env);
        return (exit, output.ToString(), error.ToString());
    }

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sourcewise.slnx")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Sourcewise.slnx not found.");
        }
    }

    public static string Example(string name) => Path.Combine(RepositoryRoot, "examples", name);

    /// <summary>A fresh temporary file with this content (text or bytes).</summary>
    public static string TempFile(string fileName, byte[] content)
    {
        var directory = Path.Combine(Path.GetTempPath(), "sourcewise-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        File.WriteAllBytes(path, content);
        return path;
    }

    public static string TempFile(string fileName, string content) => TempFile(fileName, Encoding.UTF8.GetBytes(content));
}
