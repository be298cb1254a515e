using System.Diagnostics.CodeAnalysis;
using Sourcewise.Diagnostics;

namespace Sourcewise.Application;

/// <summary>The result of a use case: a status, the value when there is one, and every diagnostic either way.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>Immutable. Bad input never throws: it gives <see cref="OutcomeStatus.Invalid"/>; a bug (a null argument)
/// throws; cancellation throws <see cref="OperationCanceledException"/>.</remarks>
public sealed class Outcome<T>
{
    private Outcome(OutcomeStatus status, T? value, IReadOnlyList<Diagnostic> diagnostics)
    {
        Status = status;
        Value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>How the use case ended.</summary>
    public OutcomeStatus Status { get; }

    /// <summary>The value, for <see cref="OutcomeStatus.Ok"/> and <see cref="OutcomeStatus.Partial"/>.</summary>
    public T? Value { get; }

    /// <summary>Whether there is a value (<see cref="OutcomeStatus.Ok"/> or <see cref="OutcomeStatus.Partial"/>).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool HasValue => Status is OutcomeStatus.Ok or OutcomeStatus.Partial;

    /// <summary>Errors, warnings and notes, in the order they were found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>A complete value, with optional warnings.</summary>
    public static Outcome<T> Ok(T value, IReadOnlyList<Diagnostic>? warnings = null) =>
        new(OutcomeStatus.Ok, value, warnings ?? []);

    /// <summary>A value with bad parts named by <paramref name="diagnostics"/>.</summary>
    public static Outcome<T> Partial(T value, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new(OutcomeStatus.Partial, value, diagnostics);
    }

    /// <summary>Bad input.</summary>
    /// <exception cref="ArgumentException">No diagnostic is an error.</exception>
    public static Outcome<T> Invalid(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!diagnostics.Any(d => d.IsError))
        {
            throw new ArgumentException("An invalid outcome needs at least one error.", nameof(diagnostics));
        }

        return new(OutcomeStatus.Invalid, default, diagnostics);
    }

    /// <summary>Bad input, from one error.</summary>
    public static Outcome<T> Invalid(Diagnostic error) => Invalid([error]);

    /// <summary>Nothing by that name or id.</summary>
    public static Outcome<T> NotFound(Diagnostic error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(OutcomeStatus.NotFound, default, [error]);
    }

    /// <summary>The outcome of a reader's result: its value (with its warnings) or its errors.</summary>
    public static Outcome<T> From(Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Success ? Ok(result.Value, result.Diagnostics) : Invalid(result.Diagnostics);
    }

    /// <summary>The same failure for another value type (only for outcomes without a value).</summary>
    /// <exception cref="InvalidOperationException">This outcome has a value.</exception>
    public Outcome<TOther> Fail<TOther>() => Status switch
    {
        OutcomeStatus.Invalid => Outcome<TOther>.Invalid(Diagnostics),
        OutcomeStatus.NotFound => Outcome<TOther>.NotFound(Diagnostics[0]),
        _ => throw new InvalidOperationException("Only a failed outcome can be converted."),
    };

    /// <summary>The value, or an exception naming the first error (for callers that want exceptions).</summary>
    /// <exception cref="InvalidOperationException">There is no value.</exception>
    public T GetValueOrThrow() => HasValue
        ? Value
        : throw new InvalidOperationException(Diagnostics.FirstOrDefault(d => d.IsError)?.ToString() ?? Status.ToString());
}
