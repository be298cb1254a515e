using System.Text.RegularExpressions;
using Snapshooter.Xunit;
using Sourcewise.Reports.Rendering;

namespace Sourcewise.Reports.Tests.Rendering;

public sealed class HtmlReportRendererTests
{
    [Fact]
    public void The_sample_report_renders_to_the_expected_html()
    {
        var html = HtmlReportRenderer.Render(SampleReport.Create(longTableRows: 3, plotChart: false));
        Snapshot.Match(RendererTestSupport.WithoutStylesheet(html));
    }

    [Fact]
    public void The_html_is_self_contained_with_inline_css_and_an_inline_svg_chart()
    {
        var html = HtmlReportRenderer.Render(SampleReport.Create(longTableRows: 3));

        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("<style>");
        html.ShouldContain("@media print");
        html.ShouldContain("<svg");
        html.ShouldNotContain("<?xml");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<link", Case.Insensitive);
        Regex.IsMatch(html, @"(src|href)\s*=\s*""(https?:)?//", RegexOptions.IgnoreCase).ShouldBeFalse();
        Regex.IsMatch(html, @"url\(\s*['""]?https?:", RegexOptions.IgnoreCase).ShouldBeFalse();
        Regex.IsMatch(html, @"@import", RegexOptions.IgnoreCase).ShouldBeFalse();
    }

    [Fact]
    public void Tables_have_column_headers_and_the_chart_has_a_text_alternative()
    {
        var html = HtmlReportRenderer.Render(SampleReport.Create(longTableRows: 3));

        html.ShouldContain("<th scope=\"col\">Dimension</th>");
        html.ShouldContain("<th scope=\"row\">Control</th>");
        html.ShouldContain("<caption>The models on two of the six dimensions</caption>");
        html.ShouldContain("role=\"img\" aria-label=\"Cumulative cost per option over 24 months, p10 to p90 bands.\"");
        html.ShouldContain("<figcaption>");
    }

    [Fact]
    public void Text_is_escaped_and_never_becomes_markup()
    {
        var html = HtmlReportRenderer.Render(SampleReport.Create(longTableRows: 1, plotChart: false));

        html.ShouldContain("&lt;tag&gt;, 5 &gt; 3 &amp; 2 &lt; 4");
        html.ShouldNotContain("<tag>");
    }

    [Fact]
    public void Scripts_and_external_references_are_removed_from_an_inlined_svg()
    {
        var image = new Documents.ImageBlock("alt", null, null, 10, 10);
        const string svg = """<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><image href="http://x/y.png"/><use href="#a"/></svg>""";

        var inlined = HtmlReportRenderer.PrepareSvg(svg, image);

        inlined.ShouldNotContain("script");
        inlined.ShouldNotContain("http://x");
        inlined.ShouldContain("href=\"#a\"");
        inlined.ShouldContain("viewBox=\"0 0 10 10\"");
    }
}
