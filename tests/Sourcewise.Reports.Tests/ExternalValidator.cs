using System.Diagnostics;

namespace Sourcewise.Reports.Tests;

/// <summary>Runs a real validator our users run on our files (qpdf from Debian, html-validate from npm, installed by
/// <c>.ci/run</c>) and returns what it said. A validator that is not installed skips the test with the reason, except
/// under <c>SOURCEWISE_REQUIRE_ALL=1</c>, where that is a failure.</summary>
internal static class ExternalValidator
{
    /// <summary>The npm validators' folder (<c>tools/validators</c>, installed with <c>npm ci</c>).</summary>
    public static string? NpmBin(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tools", "validators", "node_modules", ".bin", name);
            if (File.Exists(Path.Combine(dir.FullName, "Sourcewise.slnx")))
            {
                return File.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }

    /// <summary>The validator's path, or a skip naming what to install.</summary>
    public static string Require(string? path, string name, string install)
    {
        if (path is null)
        {
            if (RendererTestSupport.RequireAll)
            {
                throw new InvalidOperationException($"{name} is not installed ({install}), and SOURCEWISE_REQUIRE_ALL=1 forbids skipping");
            }

            Skip.If(true, $"{name} is not installed ({install})");
        }

        return path!;
    }

    /// <summary>Writes <paramref name="bytes"/> to a temporary file named <paramref name="fileName"/>, runs the validator
    /// on it and returns the exit code and everything it printed.</summary>
    public static (int Exit, string Output) Run(string executable, byte[] bytes, string fileName, params string[] arguments)
    {
        var folder = Directory.CreateTempSubdirectory("sourcewise-validate-");
        try
        {
            var file = Path.Combine(folder.FullName, fileName);
            File.WriteAllBytes(file, bytes);
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = folder.FullName,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{Path.GetFileName(executable)} did not finish in two minutes");
            }

            return (process.ExitCode, output.Result + error.Result);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
