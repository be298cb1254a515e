using System.Collections.Immutable;

namespace Sourcewise.Reports.Documents;

/// <summary>A line of text made of styled runs: a paragraph, a list item or a table cell.</summary>
public sealed class RichText : IEquatable<RichText>
{
    /// <summary>Creates text from runs.</summary>
    public RichText(IEnumerable<TextRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        Runs = [.. runs.Where(r => r.Text.Length > 0)];
    }

    /// <summary>The runs, in reading order.</summary>
    public ImmutableArray<TextRun> Runs { get; }

    /// <summary>The text without styles.</summary>
    public string PlainText => string.Concat(Runs.Select(r => r.Text));

    /// <summary>Unstyled text.</summary>
    public static RichText Plain(string text) => new([new TextRun(text)]);

    /// <summary>Bold text.</summary>
    public static RichText Strong(string text) => new([new TextRun(text, Bold: true)]);

    /// <summary>Starts a builder.</summary>
    public static RichTextBuilder Build() => new();

    /// <summary>Unstyled text from a string.</summary>
    public static implicit operator RichText(string text) => Plain(text);

    /// <inheritdoc />
    public bool Equals(RichText? other) => other is not null && Runs.SequenceEqual(other.Runs);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RichText);

    /// <inheritdoc />
    public override int GetHashCode() => PlainText.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => PlainText;
}
