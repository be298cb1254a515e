using System.Text.Json;
using Sourcewise.Cli.Portfolio;
using Sourcewise.Profiles;
using Sourcewise.Reports.Portfolio;

namespace Sourcewise.Benchmarks.Portfolio;

/// <summary>A stand-in engine that costs almost nothing and writes JSON of about the size of a real assessment, to
/// measure what reading, the pipeline and writing cost on their own.</summary>
internal sealed class FakeAssessor : PortfolioAssessor
{
    private static readonly string[] Ids = ["staff-augmentation", "project-outsourcing", "managed-services"];

    public override AssessedRow Assess(int row, WorkProfile profile, CancellationToken cancellationToken)
    {
        var best = Ids[(profile[ProfileFields.WorkType] ?? 0) % 3];
        var facts = new PortfolioRowFacts(row, profile.Name, best, best, Ids[(Array.IndexOf(Ids, best) + 1) % 3], 1.5,
            [1, 2, 3], [], []);
        return new AssessedRow(facts, profile);
    }

    public override void WriteWorkstreamJson(Utf8JsonWriter writer, AssessedRow row)
    {
        var profile = (WorkProfile)row.Assessment;
        writer.WriteStartObject();
        writer.WriteNumber("row", row.Facts.Row);
        writer.WriteString("name", row.Facts.Name);
        writer.WriteStartObject("assessment");
        writer.WriteString("recommendation", row.Facts.Recommendation);
        writer.WriteStartArray("contributions");
        foreach (var field in ProfileFields.Answerable)
        {
            writer.WriteStartObject();
            writer.WriteString("factor", field.Key);
            writer.WriteString("model", row.Facts.BestFit);
            writer.WriteNumber("points", 1.25);
            writer.WriteString("reason", "A plain-words reason of roughly the length the real engine writes for a factor.");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("tippingPoints");
        foreach (var field in ProfileFields.Answerable.Take(4))
        {
            writer.WriteStartObject();
            writer.WriteString("factor", field.Key);
            writer.WriteString("from", profile.GetText(field));
            writer.WriteString("to", "high");
            writer.WriteString("newRecommendation", row.Facts.RunnerUp);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
