using System.Text;
using Sourcewise.Application.Output;
using Sourcewise.CostModel;
using Sourcewise.Diagnostics;
using Sourcewise.Reports.Charts;
using Sourcewise.Reports.Decisions;
using Sourcewise.Reports.Documents;
using Sourcewise.Reports.Rendering;

namespace Sourcewise.Application.Decisions;

/// <summary>The parts of a decision record every host shares: the cost section with its chart, and rendering the
/// document to a format (with the chart beside a Markdown file) and writing it.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class DecisionRecords
{
    /// <summary>Months from the decision to its review when none are given (mis-selection shows up about six months in).</summary>
    public const int DefaultReviewMonths = 6;

    /// <summary>The cost section of a record: percentiles per option, notes, and the chart as SVG and PNG.</summary>
    /// <param name="result">The simulation.</param>
    /// <param name="scenarioFile">The scenario's file name, for the record, or <c>null</c>.</param>
    public static DecisionCost CostSection(CostResult result, string? scenarioFile = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return DecisionInputs.FromCost(result, CostChart.ToSvg(result), CostChart.ToPng(result), CostChart.DefaultWidth,
            CostChart.DefaultHeight, scenarioFile);
    }

    /// <summary>Renders a record. With <paramref name="outputPath"/> a Markdown record links its chart, written beside
    /// it as SVG (<c>STEM.cost-chart.svg</c>); without one, the chart is left out of Markdown and embedded elsewhere.
    /// Invalid when PDF is asked for and its fonts are missing.</summary>
    /// <param name="document">The record.</param>
    /// <param name="format">The format.</param>
    /// <param name="outputPath">The file it will be written to, or <c>null</c> (stdout, an HTTP answer).</param>
    public static Outcome<RenderedDocument> Render(ReportDocument document, ReportFormat format, string? outputPath = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sideFiles = new List<SideFile>();
        if (format == ReportFormat.Markdown && outputPath is not null)
        {
            // Markdown cannot hold the chart, so it goes beside the file as SVG and the Markdown links it.
            var stem = Path.GetFileNameWithoutExtension(outputPath);
            var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
            document = document.MapImages(image =>
            {
                if (image.Svg is null)
                {
                    return image;
                }

                var name = $"{stem}.{image.FileName ?? "chart.svg"}";
                sideFiles.Add(new SideFile(Path.Combine(directory, name), Encoding.UTF8.GetBytes(image.Svg)));
                return image with { FileName = name };
            });
        }

        try
        {
            var bytes = ReportRenderer.Render(document, format, linkImages: outputPath is not null);
            return Outcome<RenderedDocument>.Ok(new RenderedDocument(format, bytes, sideFiles));
        }
        catch (InvalidOperationException ex) when (format == ReportFormat.Pdf)
        {
            return Outcome<RenderedDocument>.Invalid(Diagnostic.Error("pdf-fonts-missing", ex.Message));
        }
    }

    /// <summary>Writes a rendered record to <paramref name="outputPath"/>, its side files first, each atomically.
    /// Returns the first file that could not be written, or <c>null</c>.</summary>
    public static Diagnostic? Write(RenderedDocument document, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(outputPath);
        foreach (var side in document.SideFiles)
        {
            if (AtomicFile.Write(side.Path, side.Content) is { } error)
            {
                return error;
            }
        }

        return AtomicFile.Write(outputPath, document.Content);
    }
}

/// <summary>A decision record rendered to a format.</summary>
/// <param name="Format">The format.</param>
/// <param name="Content">The file's bytes (text formats as UTF-8 without a byte-order mark).</param>
/// <param name="SideFiles">Files that go beside it (a Markdown record's chart).</param>
public sealed record RenderedDocument(ReportFormat Format, byte[] Content, IReadOnlyList<SideFile> SideFiles)
{
    /// <summary>The media type, for HTTP answers.</summary>
    public string MediaType => ReportRenderer.ContentType(Format);
}

/// <summary>A file written beside a rendered document.</summary>
/// <param name="Path">Its full path.</param>
/// <param name="Content">Its bytes.</param>
public sealed record SideFile(string Path, byte[] Content);
