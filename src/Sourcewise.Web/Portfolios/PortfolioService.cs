using System.Buffers;
using System.Text.Json;
using Sourcewise.Assessments;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Portfolios;
using Sourcewise.Portfolio;
using Sourcewise.Profiles;
using Sourcewise.Reports.Json;
using Sourcewise.Reports.Portfolio;

namespace Sourcewise.Web.Portfolios;

/// <summary>Assesses a portfolio held in memory (the upload limit bounds it): every row through the assessment engine,
/// rolled up with the portfolio aggregator, written as the public portfolio JSON.</summary>
internal static class PortfolioService
{
    /// <summary>Most workstreams one request may carry.</summary>
    public const int MaxRows = 20_000;

    /// <summary>The format of an upload, from its file name or content type.</summary>
    public static string? FormatOf(string? fileName, string? contentType)
    {
        if (fileName is { Length: > 0 } && PortfolioReader.FormatOf(fileName) is { } byName)
        {
            return byName;
        }

        var media = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return media switch
        {
            "text/csv" or "application/csv" => "csv",
            "application/json" => "json",
            "application/yaml" or "application/x-yaml" or "text/yaml" => "yaml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "xlsx",
            _ => null,
        };
    }

    public static Result<PortfolioRun> Run(byte[] content, string name, string format, CancellationToken cancellationToken)
    {
        var opened = PortfolioReader.Open(new MemoryStream(content, writable: false), name, format);
        if (!opened.Success)
        {
            return Result<PortfolioRun>.Fail(opened.Diagnostics);
        }

        using var source = opened.Value!;
        var aggregator = new PortfolioAggregator();
        var errors = new List<Diagnostic>();
        var rows = new List<PortfolioRun.Row>();
        using var output = new MemoryStream();
        using (var json = new PortfolioJsonWriter(output))
        {
            json.WriteStart();
            var row = new ArrayBufferWriter<byte>(4096);
            foreach (var read in source.ReadRows(cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (rows.Count + errors.Count >= MaxRows)
                {
                    return Result<PortfolioRun>.Fail(Diagnostic.Error("too-many-rows",
                        $"has more than {MaxRows:N0} workstreams; use the command line for larger portfolios",
                        new SourceLocation(name, Field: "file")));
                }

                if (read.Profile is not { } profile)
                {
                    errors.AddRange(read.Diagnostics.Where(d => d.IsError));
                    aggregator.AddFailed();
                    continue;
                }

                var assessment = AssessmentEngine.Default.Assess(profile, cancellationToken);
                aggregator.Add(read.Row, profile, assessment.Recommendation, assessment.BestFit.ToId(), assessment.Mistakes.Select(m => m.Id));
                rows.Add(new PortfolioRun.Row(read.Row, profile.Name, assessment.Recommendation, assessment.BestFit.ToId(),
                    assessment.RunnerUp.ToId(), assessment.Margin, profile.GetText(ProfileFields.WorkType),
                    [.. assessment.Mistakes.Select(m => m.Id)]));
                row.ResetWrittenCount();
                row.Write(","u8);
                using (var writer = new Utf8JsonWriter(row))
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("row", read.Row);
                    writer.WriteString("name", profile.Name);
                    writer.WritePropertyName("assessment");
                    AssessmentJson.Write(writer, assessment);
                    writer.WriteEndObject();
                }

                json.WriteWorkstreams(row.WrittenSpan);
            }

            if (errors.Count > 0)
            {
                return Result<PortfolioRun>.Fail(errors);
            }

            json.WriteEnd(aggregator.Summary(), aggregator.Findings(), errors);
        }

        return Result<PortfolioRun>.Ok(new PortfolioRun(name, output.ToArray(), [.. rows], aggregator.Summary(), aggregator.Findings()));
    }
}
