using System.Diagnostics;
using System.Text;

namespace Sourcewise.Cli.Tests.Interactive;

/// <summary>Ctrl+C under a real pseudo-terminal (util-linux <c>script</c> gives the process a terminal; the byte 0x03
/// written to it becomes SIGINT, as when a person presses Ctrl+C): the CLI says "cancelled" and exits 130.</summary>
public sealed class CtrlCTests
{
    private const string Script = "/usr/bin/script";

    [SkippableFact]
    public async Task Ctrl_C_during_the_interactive_questions_prints_cancelled_exits_130_and_saves_nothing()
    {
        var saved = Path.Combine(Path.GetTempPath(), "sourcewise-cli-tests", Guid.NewGuid().ToString("N"), "profile.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(saved)!);

        var (exit, text) = await RunUnderTerminalAsync(["assess", "--save", saved], waitFor: "What is the workstream called?");

        exit.ShouldBe(130, text);
        text.ShouldContain("cancelled");
        text.ShouldNotContain("Exception");
        File.Exists(saved).ShouldBeFalse();
        Directory.GetFiles(Path.GetDirectoryName(saved)!).ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task Ctrl_C_during_a_long_cost_simulation_prints_cancelled_exits_130_and_writes_no_chart()
    {
        var scenario = CliRun.TempFile("long.yaml", """
            horizonMonths: 120
            volatility: high
            options:
              projectOutsourcing: { fixedBid: 480000, changeRequestsPerMonth: 1.5, changeRequestCost: 18000 }
              staffAugmentation: { heads: 4, monthlyRatePerHead: 14000, attritionPerHeadPerYear: 0.15, replacementWeeks: 2 }
            """);
        var chart = Path.Combine(Path.GetDirectoryName(scenario)!, "chart.svg");

        var (exit, text) = await RunUnderTerminalAsync(["cost", scenario, "--trials", "10000000", "--chart", chart],
            waitFor: "Simulating");

        exit.ShouldBe(130, text);
        text.ShouldContain("cancelled");
        text.ShouldNotContain("Exception");
        File.Exists(chart).ShouldBeFalse();
        Directory.GetFiles(Path.GetDirectoryName(scenario)!).ShouldBe([scenario]);
    }

    private static async Task<(int Exit, string Text)> RunUnderTerminalAsync(string[] args, string waitFor)
    {
        if (!File.Exists(Script))
        {
            if (Environment.GetEnvironmentVariable("SOURCEWISE_REQUIRE_ALL") == "1")
            {
                throw new InvalidOperationException($"{Script} (util-linux) is missing (SOURCEWISE_REQUIRE_ALL=1)");
            }

            Skip.If(true, $"{Script} (util-linux) is not installed: no pseudo-terminal to press Ctrl+C in");
        }

        var cli = Path.Combine(AppContext.BaseDirectory, "sourcewise.dll");
        var command = "exec dotnet " + string.Join(' ', new[] { cli }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo(Script)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-q", "-e", "-f", "-c", command, "/dev/null" })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["TERM"] = "xterm";
        using var process = Process.Start(start)!;
        var text = new StringBuilder();
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Read raw chunks: a prompt waits on a line that has no line break yet.
        var reading = Task.Run(async () =>
        {
            var buffer = new char[4096];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
            {
                Append(new string(buffer, 0, read));
            }
        });
        _ = process.StandardError.ReadToEndAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await seen.Task.WaitAsync(timeout.Token);

            // Give the command a moment inside its prompt or loop, then press Ctrl+C.
            await Task.Delay(TimeSpan.FromSeconds(1.5), timeout.Token);
            await process.StandardInput.WriteAsync('\u0003');
            await process.StandardInput.FlushAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"no exit within 2 minutes; output so far:\n{Snapshot()}");
        }

        await reading.WaitAsync(TimeSpan.FromSeconds(10));
        return (process.ExitCode, Snapshot());

        void Append(string chunk)
        {
            lock (text)
            {
                text.Append(chunk);
                if (text.ToString().Contains(waitFor, StringComparison.Ordinal))
                {
                    seen.TrySetResult();
                }
            }
        }

        string Snapshot()
        {
            lock (text)
            {
                return text.ToString();
            }
        }
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
