using System.Runtime.InteropServices;

namespace Sourcewise.Cli.Infrastructure;

/// <summary>Turns the first Ctrl+C (SIGINT) or SIGTERM into a cancellation the running command honours (it stops,
/// writes nothing half-done, and the CLI prints "cancelled" and exits 130); a second one ends the process at once.</summary>
internal sealed class ProcessCancellation : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public ProcessCancellation()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled when the user asks the process to stop.</summary>
    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _source.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_source.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        _source.Cancel();
    }
}
