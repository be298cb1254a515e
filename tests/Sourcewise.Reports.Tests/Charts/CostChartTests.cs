using System.Xml.Linq;
using Sourcewise.Reports.Charts;

namespace Sourcewise.Reports.Tests.Charts;

public sealed class CostChartTests
{
    [Fact]
    public void The_svg_is_well_formed_and_labels_options_and_axes()
    {
        var svg = CostChart.ToSvg(CostResults.Example());

        var document = XDocument.Parse(svg);
        document.Root!.Name.LocalName.ShouldBe("svg");
        svg.ShouldContain("Staff augmentation: median");
        svg.ShouldContain("In-house: median");
        svg.ShouldContain("Cumulative cost (USD)");
        svg.ShouldContain("Month");
        svg.ShouldContain("$1M");
    }

    [Fact]
    public void The_png_is_a_png_of_the_requested_size()
    {
        var png = CostChart.ToPng(CostResults.Example(), 640, 400);

        png.Take(8).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        // IHDR: width and height as big-endian integers at bytes 16–23.
        (png[16] << 24 | png[17] << 16 | png[18] << 8 | png[19]).ShouldBe(640);
        (png[20] << 24 | png[21] << 16 | png[22] << 8 | png[23]).ShouldBe(400);
    }
}
