using System.Buffers;
using System.Text.Json;
using Sourcewise.Assessments;
using Sourcewise.Diagnostics;
using Sourcewise.Profiles;
using Sourcewise.Reports.Json;

namespace Sourcewise.Web.Assessments;

/// <summary>The assessment engine behind the web app: <see cref="AssessmentEngine.Default"/> and the public JSON.</summary>
internal sealed class EngineAssessor : IAssessor
{
    public Result<AssessmentDocument> Assess(WorkProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var assessment = AssessmentEngine.Default.Assess(profile, cancellationToken);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            AssessmentJson.Write(writer, assessment);
        }

        return Result<AssessmentDocument>.Ok(new AssessmentDocument(buffer.WrittenSpan.ToArray()));
    }
}
