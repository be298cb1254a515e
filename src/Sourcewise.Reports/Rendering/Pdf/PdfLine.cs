namespace Sourcewise.Reports.Rendering.Pdf;

/// <summary>One laid-out line: pieces of text with their styles and x offsets.</summary>
internal sealed record PdfLine(IReadOnlyList<PdfPiece> Pieces, double Width);

/// <summary>A piece of a line in one font.</summary>
internal sealed record PdfPiece(string Text, bool Bold, bool Italic, bool Code, double X);
