using Microsoft.AspNetCore.Http.HttpResults;
using Sourcewise.Application;
using Sourcewise.Diagnostics;

namespace Sourcewise.Web.Api;

/// <summary>Maps diagnostics and use-case outcomes to HTTP problem details, in one place: bad input 400 naming the
/// field, too large 413, a body that arrived too slowly 408, nothing by that id 404.</summary>
internal static class Problems
{
    public static ProblemHttpResult From(IReadOnlyList<Diagnostic> diagnostics, string fieldPrefix = "", string defaultField = "body")
    {
        var errors = diagnostics.Where(d => d.IsError).DefaultIfEmpty(diagnostics.FirstOrDefault()).OfType<Diagnostic>().ToList();
        var first = errors.FirstOrDefault();
        if (first?.Code == "too-large")
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large",
                detail: $"{Field(first, fieldPrefix, defaultField)}: {first.Message}");
        }

        if (first?.Code == "body-timeout")
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status408RequestTimeout, title: "Request body too slow",
                detail: $"{defaultField}: {first.Message}");
        }

        var byField = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in errors.GroupBy(d => Field(d, fieldPrefix, defaultField)))
        {
            byField[group.Key] = [.. group.Select(Describe)];
        }

        var detail = first is null ? "bad input" : $"{Field(first, fieldPrefix, defaultField)}: {Describe(first)}";
        return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad input", detail: detail,
            extensions: new Dictionary<string, object?> { ["errors"] = byField });
    }

    /// <summary>The problem for an outcome without a value (<see cref="OutcomeStatus.Invalid"/> or
    /// <see cref="OutcomeStatus.NotFound"/>).</summary>
    public static ProblemHttpResult From<T>(Outcome<T> outcome, string fieldPrefix = "", string defaultField = "body")
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Status == OutcomeStatus.NotFound
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: outcome.Diagnostics.FirstOrDefault()?.Message)
            : From(outcome.Diagnostics, fieldPrefix, defaultField);
    }

    public static ProblemHttpResult Field(string field, string message) =>
        From([Diagnostic.Error("invalid-value", message, new SourceLocation(null, Field: field))]);

    public static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large",
            detail: $"the body is larger than the {Limits.Describe(limit)} limit");

    private static string Field(Diagnostic diagnostic, string prefix, string defaultField) =>
        diagnostic.Location?.Field is { Length: > 0 } field ? prefix + field : defaultField;

    private static string Describe(Diagnostic diagnostic) =>
        diagnostic.Location is { Line: { } line } location
            ? $"{diagnostic.Message} (line {line}{(location.Column is { } c ? $", column {c}" : "")})"
            : diagnostic.Message;
}
