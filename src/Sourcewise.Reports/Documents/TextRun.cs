namespace Sourcewise.Reports.Documents;

/// <summary>A piece of text with one style. Renderers escape the text for their format.</summary>
/// <param name="Text">The text, without any markup.</param>
/// <param name="Bold">Strong emphasis.</param>
/// <param name="Italic">Emphasis.</param>
/// <param name="Code">An identifier or value shown in a fixed-width font (a model id, a profile key).</param>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false, bool Code = false);
