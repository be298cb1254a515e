namespace Sourcewise.Documents.Contracts.Pdf.Guard;

/// <summary>A value the structure scan kept: only what the checks need (the page tree, resources, stream filters and
/// lengths, references) is kept, so memory stays proportional to the document's structure, not its content.</summary>
internal abstract class PdfNode
{
    /// <summary>Anything the checks do not look at (strings, reals, booleans, null, and values not kept).</summary>
    public static readonly PdfNode Other = new OtherNode();

    private sealed class OtherNode : PdfNode
    {
    }
}

internal sealed class PdfInteger(long value) : PdfNode
{
    public long Value => value;
}

internal sealed class PdfName(string value) : PdfNode
{
    public string Value => value;
}

internal sealed class PdfRef(int number) : PdfNode
{
    public int Number => number;
}

internal sealed class PdfArray : PdfNode
{
    public List<PdfNode> Items { get; } = [];
}

internal sealed class PdfDict : PdfNode
{
    public Dictionary<string, PdfNode> Entries { get; } = new(StringComparer.Ordinal);

    public PdfNode? this[string key] => Entries.GetValueOrDefault(key);
}
