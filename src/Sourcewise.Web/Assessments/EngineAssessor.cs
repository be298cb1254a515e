using System.Buffers;
using System.Text.Json;
using Sourcewise.Application.Assess;
using Sourcewise.Diagnostics;
using Sourcewise.Profiles;
using Sourcewise.Reports.Json;

namespace Sourcewise.Web.Assessments;

/// <summary>The assessment a saved decision stores (compact public JSON), from the same use case as every other
/// assessment. Only the decisions code still reads assessments through this seam; the endpoints and pages call
/// <see cref="AssessWorkstream"/> directly.</summary>
internal sealed class EngineAssessor : IAssessor
{
    public Result<AssessmentDocument> Assess(WorkProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var assessment = AssessWorkstream.Default.Assess(profile, cancellationToken);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            AssessmentJson.Write(writer, assessment);
        }

        return Result<AssessmentDocument>.Ok(new AssessmentDocument(buffer.WrittenSpan.ToArray()));
    }
}
