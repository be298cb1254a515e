using System.Collections.Concurrent;
using System.Diagnostics;

namespace Sourcewise.Web.Tests.Infrastructure;

/// <summary><c>sourcewise serve</c> as a real process (the CLI built beside this test project).</summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;
    private readonly ConcurrentQueue<string> _error;

    private ServeProcess(Process process, string baseAddress, ConcurrentQueue<string> output, ConcurrentQueue<string> error)
    {
        _process = process;
        BaseAddress = baseAddress;
        _output = output;
        _error = error;
    }

    public string BaseAddress { get; }

    public int Id => _process.Id;

    /// <summary>What the process wrote to stdout so far (the log).</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>What the process wrote to stderr so far.</summary>
    public string Error => string.Join('\n', _error);

    public static string CliPath
    {
        get
        {
            // artifacts/bin/Sourcewise.Web.Tests/<config>/ → artifacts/bin/Sourcewise.Cli/<config>/sourcewise.dll
            var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(here.Parent!.Parent!.FullName, "Sourcewise.Cli", here.Name, "sourcewise.dll");
        }
    }

    /// <summary>How to start it: extra arguments after <c>serve</c>, environment (a <c>null</c> value removes a
    /// variable), working directory.</summary>
    public sealed class Options
    {
        public List<string> Arguments { get; } = [];

        public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

        public string? WorkingDirectory { get; set; }
    }

    /// <summary>Starts <c>serve --urls http://127.0.0.1:PORT --db DATABASE</c> and waits until <c>/health</c> answers.</summary>
    public static Task<ServeProcess> StartAsync(string database, int port, Action<Options>? configure = null)
    {
        var options = new Options();
        options.Arguments.AddRange(["--urls", $"http://127.0.0.1:{port}", "--db", database]);
        configure?.Invoke(options);
        return StartAsync(options, $"http://127.0.0.1:{port}");
    }

    /// <summary>Starts <c>serve</c> with <paramref name="options"/> and waits until <paramref name="healthAddress"/>
    /// answers <c>/health</c>.</summary>
    public static async Task<ServeProcess> StartAsync(Options options, string healthAddress)
    {
        var serve = Launch(options, healthAddress);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !serve._process.HasExited)
        {
            try
            {
                if ((await client.GetAsync($"{healthAddress}/health")).IsSuccessStatusCode)
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

        var exited = serve._process.HasExited ? $"it exited with {serve._process.ExitCode}: {serve.Error}" : "it did not answer in 90 s";
        serve.Dispose();
        throw new InvalidOperationException($"sourcewise serve did not answer /health at {healthAddress}: {exited}");
    }

    /// <summary>Runs <c>serve</c> expecting it to stop by itself (a refusal); kills it after
    /// <paramref name="timeout"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunToExitAsync(Options options, TimeSpan timeout)
    {
        using var serve = Launch(options, "");
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await serve._process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            serve.KillHard();
            throw new InvalidOperationException($"sourcewise serve was still running after {timeout.TotalSeconds} s; output: {serve.Output}");
        }

        serve._process.WaitForExit();
        return (serve._process.ExitCode, serve.Output, serve.Error);
    }

    private static ServeProcess Launch(Options options, string baseAddress)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = options.WorkingDirectory ?? AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(CliPath);
        start.ArgumentList.Add("serve");
        foreach (var argument in options.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "SOURCEWISE_TOKEN", "SOURCEWISE_DB", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in options.Environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var output = new ConcurrentQueue<string>();
        var error = new ConcurrentQueue<string>();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                output.Enqueue(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                error.Enqueue(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServeProcess(process, baseAddress, output, error);
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, like <c>kill -9</c>.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

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
