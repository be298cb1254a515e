using System.Buffers;
using System.Text.Json;
using Sourcewise.Assessments;
using Sourcewise.Profiles;
using Sourcewise.Reports.Json;
using Sourcewise.Reports.Portfolio;

namespace Sourcewise.Reports.Tests.Portfolio;

public sealed class PortfolioAssessmentJsonTests
{
    [Fact]
    public void The_cached_writer_gives_exactly_the_bytes_of_AssessmentJson_for_thousands_of_profiles()
    {
        var random = new Random(20261129);
        for (var n = 0; n < 3_000; n++)
        {
            var profile = WorkProfile.Empty($"Workstream {n} \"quoted\" <b>&'→'");
            foreach (var field in ProfileFields.Answerable)
            {
                if (random.Next(4) == 0)
                {
                    continue;
                }

                var code = field.Kind == ProfileFieldKind.Integer ? random.Next(0, 49) : random.Next(field.Values.Length);
                profile = profile.With(field, code);
            }

            var assessment = AssessmentEngine.Default.Assess(profile);

            Encode(PortfolioAssessmentJson.Write, assessment).ShouldBe(Encode(AssessmentJson.Write, assessment), $"profile {profile}");
        }
    }

    [Fact]
    public void Writing_the_same_assessment_twice_gives_the_same_bytes()
    {
        var assessment = AssessmentEngine.Default.Assess(WorkProfile.Empty("Nothing known"));

        Encode(PortfolioAssessmentJson.Write, assessment).ShouldBe(Encode(PortfolioAssessmentJson.Write, assessment));
    }

    private static string Encode(Action<Utf8JsonWriter, Assessment> write, Assessment assessment)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, PortfolioJson.WriterOptions))
        {
            write(writer, assessment);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
