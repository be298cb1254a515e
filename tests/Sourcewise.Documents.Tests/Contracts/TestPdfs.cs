using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Sourcewise.Documents.Tests.Contracts;

/// <summary>Builds PDFs for tests with PDFsharp, using the DejaVu fonts of the machine (PDFsharp on Linux needs a
/// font resolver).</summary>
internal static class TestPdfs
{
    private static readonly Lock Gate = new();
    private static bool _initialised;

    /// <summary>Whether the DejaVu fonts PDFsharp needs are installed.</summary>
    public static bool FontsAvailable => File.Exists(DejaVuResolver.Regular);

    public static void RequireFonts()
    {
        if (!FontsAvailable && Environment.GetEnvironmentVariable("SOURCEWISE_REQUIRE_ALL") == "1")
        {
            throw new InvalidOperationException($"{DejaVuResolver.Regular} is missing (SOURCEWISE_REQUIRE_ALL=1)");
        }

        Skip.IfNot(FontsAvailable, $"{DejaVuResolver.Regular} is missing (install fonts-dejavu-core)");
        lock (Gate)
        {
            if (!_initialised)
            {
                GlobalFontSettings.FontResolver ??= new DejaVuResolver();
                _initialised = true;
            }
        }
    }

    /// <summary>A PDF with one line of text per entry, drawn at the given x positions (so gaps can be chosen).</summary>
    public static byte[] Build(Action<PdfDocument> draw, Action<PdfDocument>? secure = null)
    {
        RequireFonts();
        using var document = new PdfDocument();
        draw(document);
        secure?.Invoke(document);
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>A PDF whose pages hold the given lines of text, 12 pt, top to bottom.</summary>
    public static byte[] Lines(params string[][] pages) => Build(document =>
    {
        var font = new XFont("DejaVu Sans", 11);
        foreach (var lines in pages)
        {
            var page = document.AddPage();
            using var gfx = XGraphics.FromPdfPage(page);
            var y = 72.0;
            foreach (var line in lines)
            {
                gfx.DrawString(line, font, XBrushes.Black, new XPoint(72, y));
                y += 15;
            }
        }
    });

    private sealed class DejaVuResolver : IFontResolver
    {
        public const string Regular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        private const string Bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

        public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
            new(isBold && File.Exists(Bold) ? "bold" : "regular");

        public byte[]? GetFont(string faceName) => File.ReadAllBytes(faceName == "bold" ? Bold : Regular);
    }
}
