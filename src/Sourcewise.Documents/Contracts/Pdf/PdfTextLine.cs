namespace Sourcewise.Documents.Contracts.Pdf;

/// <summary>One line of text found on a PDF page, in reading coordinates (<see cref="Baseline"/> grows upwards).</summary>
internal sealed class PdfTextLine
{
    public required string Text { get; set; }

    public required double Baseline { get; init; }

    public required double Left { get; init; }

    public required double FontSize { get; init; }

    /// <summary>Share of the line's letters in a bold font (0–1).</summary>
    public required double BoldShare { get; init; }

    /// <summary>Whether wide gaps split the line into columns (cells joined with " | ").</summary>
    public bool IsTableRow { get; init; }

    /// <summary>Whether the line is in the top or bottom band of the page where running headers and footers sit.</summary>
    public bool InMargin { get; set; }
}
