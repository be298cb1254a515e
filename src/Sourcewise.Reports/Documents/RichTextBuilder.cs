namespace Sourcewise.Reports.Documents;

/// <summary>Builds a <see cref="RichText"/> run by run: <c>RichText.Build().Bold("Decision: ").Text("...")</c>.</summary>
public sealed class RichTextBuilder
{
    private readonly List<TextRun> _runs = [];

    /// <summary>Adds plain text.</summary>
    public RichTextBuilder Text(string text)
    {
        _runs.Add(new TextRun(text));
        return this;
    }

    /// <summary>Adds bold text.</summary>
    public RichTextBuilder Bold(string text)
    {
        _runs.Add(new TextRun(text, Bold: true));
        return this;
    }

    /// <summary>Adds italic text.</summary>
    public RichTextBuilder Italic(string text)
    {
        _runs.Add(new TextRun(text, Italic: true));
        return this;
    }

    /// <summary>Adds fixed-width text (an id or key).</summary>
    public RichTextBuilder Code(string text)
    {
        _runs.Add(new TextRun(text, Code: true));
        return this;
    }

    /// <summary>The text built so far.</summary>
    public RichText ToRichText() => new(_runs);

    /// <summary>Converts the builder to its text.</summary>
    public static implicit operator RichText(RichTextBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ToRichText();
    }
}
