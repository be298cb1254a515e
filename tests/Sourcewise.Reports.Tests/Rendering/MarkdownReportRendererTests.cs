using System.Text.RegularExpressions;
using Snapshooter.Xunit;
using Sourcewise.Reports.Rendering;

namespace Sourcewise.Reports.Tests.Rendering;

public sealed class MarkdownReportRendererTests
{
    [Fact]
    public void The_sample_report_renders_to_the_expected_markdown()
    {
        var markdown = MarkdownReportRenderer.Render(SampleReport.Create(longTableRows: 3, plotChart: false));
        Snapshot.Match(markdown);
    }

    [Fact]
    public void Markdown_has_no_raw_html_and_every_table_row_has_the_header_column_count()
    {
        var markdown = MarkdownReportRenderer.Render(SampleReport.Create(longTableRows: 10, plotChart: false));

        Regex.IsMatch(markdown, @"(?<!\\)<").ShouldBeFalse("an unescaped < would start raw HTML");
        var tableLines = markdown.Split('\n').Where(l => l.StartsWith('|')).ToList();
        tableLines.ShouldNotBeEmpty();
        foreach (var group in GroupTables(markdown))
        {
            var columns = Cells(group[0]);
            group.ShouldAllBe(line => Cells(line) == columns, string.Join('\n', group));
        }
    }

    [Fact]
    public void Characters_that_markdown_reads_as_markup_are_escaped()
    {
        MarkdownReportRenderer.Escape("a|b *c* _d_ <e> [f]").ShouldBe(@"a\|b \*c\* \_d\_ \<e\> \[f\]");
        MarkdownReportRenderer.Escape("- not a list").ShouldBe(@"\- not a list");
        MarkdownReportRenderer.Escape("12. not a list").ShouldBe(@"12\. not a list");
        MarkdownReportRenderer.Escape("12.5 percent").ShouldBe("12.5 percent");
    }

    [Fact]
    public void An_image_is_linked_only_when_asked_and_it_has_a_file_name()
    {
        var document = SampleReport.Create(longTableRows: 1, plotChart: false);

        MarkdownReportRenderer.Render(document).ShouldNotContain("![");
        MarkdownReportRenderer.Render(document, linkImages: true).ShouldContain("](decision-cost.svg)");
    }

    private static int Cells(string line) => Regex.Matches(line, @"(?<!\\)\|").Count;

    private static List<List<string>> GroupTables(string markdown)
    {
        var groups = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith('|'))
            {
                current ??= [];
                current.Add(line);
            }
            else if (current is not null)
            {
                groups.Add(current);
                current = null;
            }
        }

        return groups;
    }
}
