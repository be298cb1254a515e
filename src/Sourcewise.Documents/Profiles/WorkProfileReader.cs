using Sourcewise.Diagnostics;
using Sourcewise.Documents.Input;
using Sourcewise.Profiles;

namespace Sourcewise.Documents.Profiles;

/// <summary>Reads work profiles from YAML or JSON (keys from the public interface).</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class WorkProfileReader
{
    /// <summary>Reads one profile from a file (<c>-</c> is not handled here; pass stdin to <see cref="ReadStreamAsync"/>).</summary>
    public static Task<Result<WorkProfile>> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return InputText.ReadFileAsync(path, ReadText, cancellationToken);
    }

    /// <summary>Reads one profile from a stream such as stdin or a request body.</summary>
    public static Task<Result<WorkProfile>> ReadStreamAsync(Stream stream, string name,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return InputText.ReadStreamAsync(stream, name, ReadText, cancellationToken);
    }

    /// <summary>Reads one profile from YAML or JSON text.</summary>
    public static Result<WorkProfile> ReadText(string text, string name)
    {
        var parsed = StructuredInput.Parse(text, name);
        return parsed.Success ? Read(parsed.Value) : Result<WorkProfile>.Fail(parsed.Diagnostics);
    }

    /// <summary>Reads one profile from a parsed node, which must be a mapping.</summary>
    /// <param name="node">The node.</param>
    /// <param name="fieldPrefix">A path prefix for messages, e.g. <c>[3].</c> for the fourth item of a list.</param>
    public static Result<WorkProfile> Read(InputNode node, string fieldPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is not InputMapping mapping)
        {
            return Result<WorkProfile>.Fail(Diagnostic.Error("not-a-mapping",
                $"a work profile must be a mapping of keys to values, not {node.KindName}",
                node.Location.WithField(fieldPrefix.TrimEnd('.') is { Length: > 0 } p ? p : null)));
        }

        var builder = new WorkProfileBuilder(fieldPrefix);
        foreach (var (key, value) in mapping.Entries)
        {
            if (value is not InputScalar scalar)
            {
                builder.Report(Diagnostic.Error("invalid-value",
                    $"expects a single value, not {value.KindName}", value.Location.WithField(fieldPrefix + key.Value)));
                continue;
            }

            builder.Set(key.Value!, scalar.Value, scalar.Location);
        }

        return builder.Build(mapping.Location);
    }
}
