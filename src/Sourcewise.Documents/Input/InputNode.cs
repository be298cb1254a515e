using Sourcewise.Diagnostics;

namespace Sourcewise.Documents.Input;

/// <summary>A node of a parsed YAML or JSON document, with the position it came from.</summary>
/// <remarks>Immutable. Scalars keep their text; JSON numbers and booleans arrive as their literal text.</remarks>
public abstract class InputNode
{
    private protected InputNode(SourceLocation location) => Location = location;

    /// <summary>Where the node starts.</summary>
    public SourceLocation Location { get; }

    /// <summary>A word for messages: "a mapping", "a list", "a value".</summary>
    public abstract string KindName { get; }
}

/// <summary>A scalar value (string, number, boolean or null).</summary>
public sealed class InputScalar : InputNode
{
    internal InputScalar(string? value, bool isQuoted, SourceLocation location) : base(location)
    {
        Value = value;
        IsQuoted = isQuoted;
    }

    /// <summary>The text, or <c>null</c> for an explicit null (<c>~</c>, <c>null</c>, or nothing).</summary>
    public string? Value { get; }

    /// <summary>Whether the value was quoted in the source (so <c>"12"</c> is text, not a number).</summary>
    public bool IsQuoted { get; }

    /// <inheritdoc />
    public override string KindName => "a value";
}

/// <summary>A mapping of keys to nodes, in source order.</summary>
public sealed class InputMapping : InputNode
{
    internal InputMapping(IReadOnlyList<KeyValuePair<InputScalar, InputNode>> entries, SourceLocation location) : base(location) =>
        Entries = entries;

    /// <summary>The entries in source order; keys are scalars.</summary>
    public IReadOnlyList<KeyValuePair<InputScalar, InputNode>> Entries { get; }

    /// <inheritdoc />
    public override string KindName => "a mapping";
}

/// <summary>A list of nodes.</summary>
public sealed class InputSequence : InputNode
{
    internal InputSequence(IReadOnlyList<InputNode> items, SourceLocation location) : base(location) => Items = items;

    /// <summary>The items in order.</summary>
    public IReadOnlyList<InputNode> Items { get; }

    /// <inheritdoc />
    public override string KindName => "a list";
}
