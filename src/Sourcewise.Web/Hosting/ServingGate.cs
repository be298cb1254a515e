namespace Sourcewise.Web.Hosting;

/// <summary>Holds requests until <c>sourcewise serve</c> has checked where Kestrel really listens. Kestrel accepts
/// connections as soon as it has bound, so between "bound" and "checked" a request must wait; when the check refuses,
/// held requests are dropped without an answer. Open unless <see cref="Close"/> was called (tests host the app
/// directly).</summary>
internal sealed class ServingGate
{
    private volatile TaskCompletionSource<bool>? _decision;

    /// <summary>Holds every request from now until <see cref="Open"/> or <see cref="Refuse"/>.</summary>
    public void Close() => _decision = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _decision?.TrySetResult(true);

    public void Refuse() => _decision?.TrySetResult(false);

    /// <summary>Whether the request may be served (after waiting for the decision if it is not made yet).</summary>
    public ValueTask<bool> MayServeAsync(CancellationToken cancellationToken) =>
        _decision is not { } decision ? ValueTask.FromResult(true)
        : decision.Task.IsCompleted ? ValueTask.FromResult(decision.Task.Result)
        : new ValueTask<bool>(decision.Task.WaitAsync(cancellationToken));
}
