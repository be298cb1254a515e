using PdfSharp.Drawing;

namespace Sourcewise.Reports.Rendering.Pdf;

/// <summary>A font size, weight and colour for PDF text, with the line height that goes with it.</summary>
internal sealed record TextStyle(double Size, bool Bold, XColor Color, double Leading = 1.38)
{
    public static readonly TextStyle Body = new(10, false, XColor.FromArgb(0x1F, 0x23, 0x28));
    public static readonly TextStyle Title = new(20, true, XColor.FromArgb(0x1F, 0x23, 0x28), 1.25);
    public static readonly TextStyle Heading1 = new(14, true, XColor.FromArgb(0x0B, 0x5C, 0xAD), 1.3);
    public static readonly TextStyle Heading2 = new(11.5, true, XColor.FromArgb(0x1F, 0x23, 0x28), 1.3);
    public static readonly TextStyle Meta = new(9.5, false, XColor.FromArgb(0x1F, 0x23, 0x28));
    public static readonly TextStyle Table = new(8.5, false, XColor.FromArgb(0x1F, 0x23, 0x28), 1.32);
    public static readonly TextStyle Caption = new(8.5, false, XColor.FromArgb(0x57, 0x60, 0x6A));
    public static readonly TextStyle Footer = new(8, false, XColor.FromArgb(0x57, 0x60, 0x6A));

    public double LineHeight => Size * Leading;
}
