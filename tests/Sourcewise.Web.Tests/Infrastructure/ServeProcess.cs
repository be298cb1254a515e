using System.Diagnostics;

namespace Sourcewise.Web.Tests.Infrastructure;

/// <summary><c>sourcewise serve</c> as a real process (the CLI built beside this test project).</summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, string baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public string BaseAddress { get; }

    public static string CliPath
    {
        get
        {
            // artifacts/bin/Sourcewise.Web.Tests/<config>/ → artifacts/bin/Sourcewise.Cli/<config>/sourcewise.dll
            var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(here.Parent!.Parent!.FullName, "Sourcewise.Cli", here.Name, "sourcewise.dll");
        }
    }

    public static async Task<ServeProcess> StartAsync(string database, int port)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { CliPath, "serve", "--urls", $"http://127.0.0.1:{port}", "--db", database })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("SOURCEWISE_TOKEN");
        start.Environment.Remove("SOURCEWISE_DB");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var serve = new ServeProcess(process, $"http://127.0.0.1:{port}");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync($"{serve.BaseAddress}/health")).IsSuccessStatusCode)
                {
                    return serve;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        serve.Dispose();
        throw new InvalidOperationException($"sourcewise serve did not answer /health on port {port}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, like <c>kill -9</c>.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }
}
