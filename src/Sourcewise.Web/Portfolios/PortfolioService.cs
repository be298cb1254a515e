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
/// rolled up with the portfolio aggregator. The API writes the public portfolio JSON as it goes (after a first pass
/// that checks every row, so a bad row is still a 400 naming it); the page keeps only the rows it shows.</summary>
internal static class PortfolioService
{
    /// <summary>Most workstreams one request may carry.</summary>
    public const int MaxRows = 20_000;

    /// <summary>The answer is sent in pieces of about this size.</summary>
    private const int FlushBytes = 64 * 1024;

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

    /// <summary>Reads every row without assessing it: fails with every row's errors, or with "too many rows".</summary>
    public static Result<int> Validate(PortfolioUpload upload, CancellationToken cancellationToken)
    {
        var opened = PortfolioReader.Open(upload.Open(), upload.Name, upload.Format);
        if (!opened.Success)
        {
            return Result<int>.Fail(opened.Diagnostics);
        }

        using var source = opened.Value!;
        var errors = new List<Diagnostic>();
        var rows = 0;
        foreach (var read in source.ReadRows(cancellationToken))
        {
            if (++rows > MaxRows)
            {
                return Result<int>.Fail(TooManyRows(upload.Name));
            }

            if (read.Profile is null)
            {
                errors.AddRange(read.Diagnostics.Where(d => d.IsError));
            }
        }

        return errors.Count > 0 ? Result<int>.Fail(errors) : Result<int>.Ok(rows);
    }

    /// <summary>Assesses every row of a validated upload and writes the portfolio JSON to <paramref name="output"/> in
    /// pieces of about 64 KiB, so the answer is never whole in memory.</summary>
    public static async Task WriteJsonAsync(PortfolioUpload upload, Stream output, CancellationToken cancellationToken)
    {
        var opened = PortfolioReader.Open(upload.Open(), upload.Name, upload.Format);
        using var source = opened.GetValueOrThrow();
        var aggregator = new PortfolioAggregator();
        using var pending = new MemoryStream(FlushBytes * 2);
        using (var json = new PortfolioJsonWriter(pending))
        {
            json.WriteStart();
            var row = new ArrayBufferWriter<byte>(4096);
            foreach (var read in source.ReadRows(cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (read.Profile is not { } profile)
                {
                    aggregator.AddFailed();
                    continue;
                }

                var assessment = AssessmentEngine.Default.Assess(profile, cancellationToken);
                aggregator.Add(read.Row, profile, assessment.Recommendation, assessment.BestFit.ToId(), assessment.Mistakes.Select(m => m.Id));
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
                if (pending.Length >= FlushBytes)
                {
                    await SendAsync(pending, output, cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEnd(aggregator.Summary(), aggregator.Findings(), []);
        }

        await SendAsync(pending, output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Assesses every row and keeps what the page shows.</summary>
    public static Result<PortfolioView> Assess(PortfolioUpload upload, CancellationToken cancellationToken)
    {
        var opened = PortfolioReader.Open(upload.Open(), upload.Name, upload.Format);
        if (!opened.Success)
        {
            return Result<PortfolioView>.Fail(opened.Diagnostics);
        }

        using var source = opened.Value!;
        var aggregator = new PortfolioAggregator();
        var errors = new List<Diagnostic>();
        var rows = new List<PortfolioView.Row>();
        foreach (var read in source.ReadRows(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (rows.Count + errors.Count >= MaxRows)
            {
                return Result<PortfolioView>.Fail(TooManyRows(upload.Name));
            }

            if (read.Profile is not { } profile)
            {
                errors.AddRange(read.Diagnostics.Where(d => d.IsError));
                aggregator.AddFailed();
                continue;
            }

            var assessment = AssessmentEngine.Default.Assess(profile, cancellationToken);
            aggregator.Add(read.Row, profile, assessment.Recommendation, assessment.BestFit.ToId(), assessment.Mistakes.Select(m => m.Id));
            rows.Add(new PortfolioView.Row(read.Row, profile.Name, assessment.Recommendation, assessment.BestFit.ToId(),
                assessment.RunnerUp.ToId(), assessment.Margin, profile.GetText(ProfileFields.WorkType),
                [.. assessment.Mistakes.Select(m => m.Id)]));
        }

        return errors.Count > 0
            ? Result<PortfolioView>.Fail(errors)
            : Result<PortfolioView>.Ok(new PortfolioView(upload.Name, [.. rows], aggregator.Summary(), aggregator.Findings()));
    }

    private static async Task SendAsync(MemoryStream pending, Stream output, CancellationToken cancellationToken)
    {
        if (pending.Length == 0)
        {
            return;
        }

        await output.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), cancellationToken).ConfigureAwait(false);
        pending.SetLength(0);
    }

    private static Diagnostic TooManyRows(string name) => Diagnostic.Error("too-many-rows",
        $"has more than {MaxRows:N0} workstreams; use the command line for larger portfolios", new SourceLocation(name, Field: "file"));
}
