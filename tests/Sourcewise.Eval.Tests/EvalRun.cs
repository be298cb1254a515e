using System.Text;

namespace Sourcewise.Eval.Tests;

/// <summary>Runs <c>sourcewise-eval</c> in-process over string writers, and finds the repository's files.</summary>
internal static class EvalRun
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await EvalApp.RunAsync(args, EvalEnvironment.ForWriters(output, error));
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

    /// <summary>A fresh temporary directory.</summary>
    public static string TempDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sourcewise-eval-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>A fresh temporary file with this content.</summary>
    public static string TempFile(string fileName, string content)
    {
        var path = Path.Combine(TempDirectory(), fileName);
        File.WriteAllText(path, content, Encoding.UTF8);
        return path;
    }
}
