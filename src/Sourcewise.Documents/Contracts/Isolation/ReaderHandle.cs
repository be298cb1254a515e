using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Sourcewise.Contracts;
using Sourcewise.Diagnostics;

namespace Sourcewise.Documents.Contracts.Isolation;

/// <summary>One running <c>sourcewise-reader</c> process: requests go to its stdin, length-prefixed responses come
/// from its stdout, its stderr is drained (a stack overflow prints megabytes of frames there, and a full pipe would
/// stall the process instead of letting it die).</summary>
internal sealed class ReaderHandle : IDisposable
{
    private readonly Process _process;
    private readonly Task _stderr;

    private ReaderHandle(Process process, long budget)
    {
        _process = process;
        Budget = budget;
        _stderr = DrainAsync(process.StandardError.BaseStream);
    }

    /// <summary>How the last request ended.</summary>
    public enum Outcome
    {
        Answered,
        OutOfMemory,
        Crashed,
    }

    public int ProcessId => _process.Id;

    /// <summary>The memory budget the process was started with (its heap limit is fixed at start).</summary>
    public long Budget { get; }

    /// <summary>Requests answered so far.</summary>
    public int Served { get; private set; }

    /// <summary>When it was last handed back to the pool.</summary>
    public long IdleSince { get; set; }

    public bool HasExited
    {
        get
        {
            try
            {
                return _process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    /// <summary>Starts a reader process.</summary>
    /// <exception cref="Win32Exception">The executable could not be started.</exception>
    public static ReaderHandle Start(ProcessStartInfo startInfo, long budget)
    {
        var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            throw;
        }

        return new ReaderHandle(process, budget);
    }

    /// <summary>Sends one request and waits for its answer while watching the process's resident memory.</summary>
    /// <exception cref="OperationCanceledException">Cancelled (time up, or the caller); the process is killed and
    /// reaped by then.</exception>
    public async Task<(Outcome Outcome, Result<ContractText>? Result)> ReadAsync(ReaderProtocol.Request request,
        TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        var write = WriteAsync(request);
        var answer = ReaderProtocol.ReadResponseFrameAsync(_process.StandardOutput.BaseStream, Budget);
        try
        {
            while (!answer.IsCompleted)
            {
                await Task.WhenAny(answer, Task.Delay(pollInterval, cancellationToken)).ConfigureAwait(false);
                if (cancellationToken.IsCancellationRequested && !answer.IsCompleted)
                {
                    await KillAsync().ConfigureAwait(false);
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (!answer.IsCompleted && ResidentBytes() > Budget)
                {
                    await KillAsync().ConfigureAwait(false);
                    return (Outcome.OutOfMemory, null);
                }
            }
        }
        finally
        {
            await write.ConfigureAwait(false);
        }

        var frame = await answer.ConfigureAwait(false);
        if (frame is not null)
        {
            try
            {
                var result = ReaderProtocol.ReadResponse(frame);
                Served++;
                return (Outcome.Answered, result);
            }
            catch (InvalidDataException)
            {
                // A damaged answer: the process is not trusted with another request.
            }
        }

        // The process ended (or broke the protocol) before answering: its exit code says how.
        await KillAsync().ConfigureAwait(false);
        return (_process.ExitCode == ReaderWorker.ExitOutOfMemory ? Outcome.OutOfMemory : Outcome.Crashed, null);
    }

    /// <summary>The process's resident memory from <c>/proc/PID/status</c> (VmRSS), or 0 where there is no /proc.</summary>
    public long ResidentBytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    var digits = line.AsSpan(6).Trim().TrimEnd("kB").Trim();
                    return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : 0;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
        }

        return 0;
    }

    /// <summary>Kills the process (and anything it started) and waits until it is reaped.</summary>
    public async Task KillAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Already exited.
        }

        try
        {
            await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            await _stderr.ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
        }
    }

    public void Dispose() => _process.Dispose();

    private async Task WriteAsync(ReaderProtocol.Request request)
    {
        try
        {
            using var frame = new MemoryStream(request.Bytes.Length + 1024);
            ReaderProtocol.WriteRequest(frame, request);
            var stdin = _process.StandardInput.BaseStream;
            await stdin.WriteAsync(frame.GetBuffer().AsMemory(0, (int)frame.Length)).ConfigureAwait(false);
            await stdin.FlushAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The process is gone (a broken pipe); its exit tells why.
        }
    }

    private static async Task DrainAsync(Stream source)
    {
        var buffer = new byte[16384];
        try
        {
            while (await source.ReadAsync(buffer).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
    }
}
