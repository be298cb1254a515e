using System.Diagnostics.CodeAnalysis;

namespace Sourcewise.Diagnostics;

/// <summary>The outcome of reading untrusted input: a value when it succeeded, and every diagnostic either way.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>Immutable. Reading never throws for bad input: it returns a failed result instead.</remarks>
public sealed class Result<T>
{
    private Result(T? value, bool success, IReadOnlyList<Diagnostic> diagnostics)
    {
        Value = value;
        Success = success;
        Diagnostics = diagnostics;
    }

    /// <summary>Whether a value was produced (there may still be warnings).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success { get; }

    /// <summary>The value, when <see cref="Success"/>.</summary>
    public T? Value { get; }

    /// <summary>All diagnostics, errors first in the order they were found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Creates a successful result.</summary>
    public static Result<T> Ok(T value, IReadOnlyList<Diagnostic>? warnings = null) =>
        new(value, true, warnings ?? []);

    /// <summary>Creates a failed result.</summary>
    /// <exception cref="ArgumentException">No diagnostic is an error.</exception>
    public static Result<T> Fail(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!diagnostics.Any(d => d.IsError))
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(diagnostics));
        }

        return new(default, false, diagnostics);
    }

    /// <summary>Creates a failed result from one error.</summary>
    public static Result<T> Fail(Diagnostic error) => Fail([error]);

    /// <summary>Returns the value, or throws with the first error's message.</summary>
    /// <exception cref="InvalidOperationException">The result failed.</exception>
    public T GetValueOrThrow() =>
        Success ? Value : throw new InvalidOperationException(Diagnostics.First(d => d.IsError).ToString());

    /// <summary>Gets the value when there is one.</summary>
    public bool TryGetValue([NotNullWhen(true)] out T? value)
    {
        value = Value;
        return Success;
    }
}
