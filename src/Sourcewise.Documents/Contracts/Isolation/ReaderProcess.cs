using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Sourcewise.Contracts;
using Sourcewise.Diagnostics;

namespace Sourcewise.Documents.Contracts.Isolation;

/// <summary>Reads documents in <c>sourcewise-reader</c> processes: the bytes go in on the child's stdin, the
/// <see cref="ContractText"/> comes back on its stdout. Each process gets a managed heap limit
/// (<c>DOTNET_GCHeapHardLimit</c>), its resident memory is watched from <c>/proc</c>, and it is killed (with anything
/// it started) when the time is up, when it passes its memory budget, or when the caller cancels. A crash of any
/// kind (a stack overflow aborts the process) becomes one error naming the file.</summary>
/// <remarks>
/// <para>Processes are reused: starting one and warming up PdfPig costs 0.3-1 s, a warm one reads a small DOCX in
/// tens of milliseconds. A process that answered normally goes back to a small pool (at most
/// <see cref="MaxConcurrentReaders"/>); one that was killed, crashed, served <see cref="MaxServed"/> documents or
/// holds more than half its budget is ended instead, and idle ones end after <see cref="IdleLifetime"/> (or when this
/// process exits, which closes their stdin).</para>
/// <para>At most <see cref="MaxConcurrentReaders"/> reads run at once in this process, so concurrent uploads cannot
/// multiply the memory budget without bound; waiting for a slot counts against the timeout.</para>
/// </remarks>
internal static class ReaderProcess
{
    /// <summary>The reader executable's name (its assembly is <c>sourcewise-reader.dll</c>).</summary>
    public const string ExecutableName = "sourcewise-reader";

    /// <summary>Reads allowed at once (and pooled processes kept): one per core, at least two.</summary>
    public static readonly int MaxConcurrentReaders = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Documents one process reads before it is replaced.</summary>
    public const int MaxServed = 100;

    /// <summary>How long an idle process is kept.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(2);

    /// <summary>Memory the runtime itself needs beside the managed heap (code, JIT, mapped assemblies, stacks).</summary>
    private const long RuntimeOverheadBytes = 96L * 1024 * 1024;

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    /// <summary>What the reader inherits from this process's environment (besides DOTNET_ROOT*).</summary>
    private static readonly HashSet<string> InheritedVariables = new(StringComparer.OrdinalIgnoreCase)
    {
        "PATH", "HOME", "TMPDIR", "TMP", "TEMP", "LANG", "LC_ALL",
        "SystemRoot", "windir", "SystemDrive", "USERPROFILE", "LOCALAPPDATA", "APPDATA", "ProgramData", "ProgramFiles",
    };
    private static readonly Lazy<Launcher?> LauncherInstance = new(FindLauncher);

    // After MaxConcurrentReaders: static fields are initialised in the order they are written.
    private static readonly SemaphoreSlim Slots = new(MaxConcurrentReaders);
    private static readonly Lock Gate = new();
    private static readonly List<ReaderHandle> Idle = [];
    private static Timer? _reaper;
    private static int _live;

    /// <summary>Reads a PDF or DOCX in a reader process.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> (the caller's token linked
    /// with the timeout) was cancelled; the process that was reading is dead and reaped by then.</exception>
    public static async Task<Result<ContractText>> ReadAsync(byte[] bytes, string fileName, ContractFormat format,
        ContractReaderOptions options, CancellationToken cancellationToken)
    {
        var where = new SourceLocation(fileName);
        if (LauncherInstance.Value is not { } launcher)
        {
            return ContractReader.Fail("reader-unavailable",
                $"cannot be read: the document reader ({ExecutableName}) is missing next to the application; reinstall Sourcewise",
                where);
        }

        await Slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var budget = options.MaxReaderMemoryBytes;
            var handle = TakeIdle(budget);
            if (handle is null)
            {
                try
                {
                    lock (Gate)
                    {
                        _live++;
                    }

                    handle = ReaderHandle.Start(StartInfo(launcher, budget), budget);
                }
                catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
                {
                    lock (Gate)
                    {
                        _live--;
                    }

                    return ContractReader.Fail("reader-unavailable",
                        $"cannot be read: the document reader ({ExecutableName}) could not be started ({ContractReader.OneLine(e.Message)})",
                        where);
                }
            }

            options.ReaderProcessUsed?.Invoke(handle.ProcessId);
            var request = new ReaderProtocol.Request(fileName, format, options.MaxPages, options.MaxInflatedBytes, bytes);
            var reusable = false;
            try
            {
                var (outcome, result) = await handle.ReadAsync(request, PollInterval, cancellationToken).ConfigureAwait(false);
                switch (outcome)
                {
                    case ReaderHandle.Outcome.Answered:
                        reusable = true;
                        return result!;
                    case ReaderHandle.Outcome.OutOfMemory:
                        return ContractReader.Fail("reader-out-of-memory",
                            $"cannot be read safely: reading it needs more than {ContractReader.FormatBytes(budget)} of memory; it may be damaged or hostile",
                            where);
                    default:
                        return ContractReader.Fail("reader-crashed",
                            $"cannot be read safely: the reader stopped (the document's structure is too deep or cyclic, or it needs more than {ContractReader.FormatBytes(budget)}); it may be damaged or hostile",
                            where);
                }
            }
            finally
            {
                await ReturnOrEndAsync(handle, reusable).ConfigureAwait(false);
            }
        }
        finally
        {
            Slots.Release();
        }
    }

    /// <summary>Starts a reader process for <paramref name="budget"/> ahead of need, when none is idle and fewer
    /// than <see cref="MaxConcurrentReaders"/> live: its start-up (a runtime, then PdfPig or OpenXml) overlaps the
    /// structure checks instead of following them. Never fails; a reader that cannot start is reported by
    /// <see cref="ReadAsync"/>.</summary>
    public static void Prestart(long budget)
    {
        if (LauncherInstance.Value is not { } launcher)
        {
            return;
        }

        lock (Gate)
        {
            if (_live >= MaxConcurrentReaders || Idle.Any(h => h.Budget == budget && !h.HasExited))
            {
                return;
            }

            _live++;
        }

        ReaderHandle handle;
        try
        {
            handle = ReaderHandle.Start(StartInfo(launcher, budget), budget);
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            lock (Gate)
            {
                _live--;
            }

            return;
        }

        handle.IdleSince = Environment.TickCount64;
        lock (Gate)
        {
            Idle.Add(handle);
            _reaper ??= new Timer(_ => EndIdle(), null, IdleLifetime, IdleLifetime / 4);
        }
    }

    private static ReaderHandle? TakeIdle(long budget)
    {
        lock (Gate)
        {
            for (var i = Idle.Count - 1; i >= 0; i--)
            {
                var handle = Idle[i];
                if (handle.Budget == budget && !handle.HasExited)
                {
                    Idle.RemoveAt(i);
                    return handle;
                }
            }
        }

        return null;
    }

    private static async Task ReturnOrEndAsync(ReaderHandle handle, bool reusable)
    {
        if (reusable && handle.Served < MaxServed && !handle.HasExited && handle.ResidentBytes() < handle.Budget / 2)
        {
            handle.IdleSince = Environment.TickCount64;
            ReaderHandle? evicted = null;
            lock (Gate)
            {
                Idle.Add(handle);
                if (Idle.Count > MaxConcurrentReaders)
                {
                    evicted = Idle[0];
                    Idle.RemoveAt(0);
                }

                _reaper ??= new Timer(_ => EndIdle(), null, IdleLifetime, IdleLifetime / 4);
            }

            if (evicted is not null)
            {
                await EndAsync(evicted).ConfigureAwait(false);
            }

            return;
        }

        await EndAsync(handle).ConfigureAwait(false);
    }

    private static void EndIdle()
    {
        var now = Environment.TickCount64;
        List<ReaderHandle> expired;
        lock (Gate)
        {
            expired = Idle.Where(h => h.HasExited || now - h.IdleSince > (long)IdleLifetime.TotalMilliseconds).ToList();
            Idle.RemoveAll(expired.Contains);
        }

        foreach (var handle in expired)
        {
            _ = EndAsync(handle);
        }
    }

    private static async Task EndAsync(ReaderHandle handle)
    {
        lock (Gate)
        {
            _live--;
        }

        await handle.KillAsync().ConfigureAwait(false);
        handle.Dispose();
    }

    private static ProcessStartInfo StartInfo(Launcher launcher, long budget)
    {
        var info = new ProcessStartInfo(launcher.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            WorkingDirectory = launcher.Directory,
        };
        foreach (var argument in launcher.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The reader gets a minimal environment: none of the host's secrets (SOURCEWISE_TOKEN, connection strings),
        // instrumentation (startup hooks, profilers) or runtime settings reach the process that parses hostile files.
        var environment = info.Environment;
        foreach (var name in environment.Keys.Where(k => !InheritedVariables.Contains(k)
            && !k.StartsWith("DOTNET_ROOT", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(name);
        }

        // The managed heap stops at the budget less what the runtime needs: past it, allocation throws
        // OutOfMemoryException (exit 3) instead of growing; the resident-memory watch covers native memory.
        var heap = Math.Max(32L * 1024 * 1024, budget - RuntimeOverheadBytes);
        environment["DOTNET_GCHeapHardLimit"] = "0x" + heap.ToString("X", CultureInfo.InvariantCulture);
        environment["DOTNET_gcServer"] = "0";
        environment["DOTNET_gcConcurrent"] = "0";
        environment["DOTNET_TieredPGO"] = "0";
        // No diagnostics IPC socket, no debugger, no crash dump for a document that kills its reader.
        environment["DOTNET_EnableDiagnostics"] = "0";
        environment["DOTNET_DbgEnableMiniDump"] = "0";
        return info;
    }

    /// <summary>How to start the reader: the running .NET host with <c>exec sourcewise-reader.dll</c> (same runtime as
    /// this process, works under <c>dotnet test</c>, <c>dotnet run</c> and a published app), or the reader's own
    /// apphost when no host is found.</summary>
    private static Launcher? FindLauncher()
    {
        var directories = new[] { AppContext.BaseDirectory, Path.GetDirectoryName(typeof(ReaderProcess).Assembly.Location) }
            .Where(d => !string.IsNullOrEmpty(d)).Select(d => d!).Distinct(StringComparer.Ordinal);
        foreach (var directory in directories)
        {
            var assembly = Path.Combine(directory, ExecutableName + ".dll");
            if (!File.Exists(assembly))
            {
                continue;
            }

            if (File.Exists(Path.Combine(directory, ExecutableName + ".runtimeconfig.json")) && FindHost() is { } host)
            {
                return new Launcher(host, ["exec", assembly], directory);
            }

            var apphost = Path.Combine(directory, OperatingSystem.IsWindows() ? ExecutableName + ".exe" : ExecutableName);
            if (File.Exists(apphost))
            {
                return new Launcher(apphost, [], directory);
            }
        }

        return null;
    }

    private static string? FindHost()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } current && Path.GetFileName(current) == name)
        {
            return current;
        }

        // The shared runtime sits at <root>/shared/Microsoft.NETCore.App/<version>/ and the host at <root>/dotnet.
        if (Path.GetDirectoryName(typeof(object).Assembly.Location) is { Length: > 0 } runtime
            && Path.Combine(runtime, "..", "..", "..", name) is var candidate && File.Exists(candidate))
        {
            return Path.GetFullPath(candidate);
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { } host && File.Exists(host) ? host : null;
    }

    private sealed record Launcher(string FileName, string[] Arguments, string Directory);
}
