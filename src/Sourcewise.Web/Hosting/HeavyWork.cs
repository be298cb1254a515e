namespace Sourcewise.Web.Hosting;

/// <summary>Endpoint metadata: this route does heavy work (reads an upload of megabytes, runs an engine over it, or
/// renders a document), so it takes a turn from the work limiter and gets the work timeout. With
/// <see cref="Methods"/> empty every method counts; otherwise only those (a page's GET may be light while its POST
/// is not).</summary>
internal sealed class HeavyWork(params string[] methods)
{
    public IReadOnlyList<string> Methods { get; } = methods;

    public bool AppliesTo(string method) =>
        Methods.Count == 0 || Methods.Any(m => string.Equals(m, method, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the request is heavy work, from its endpoint's metadata.</summary>
    public static bool Applies(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<HeavyWork>() is { } heavy && heavy.AppliesTo(context.Request.Method);
}
