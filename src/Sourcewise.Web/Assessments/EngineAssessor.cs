using Sourcewise.Diagnostics;
using Sourcewise.Profiles;

namespace Sourcewise.Web.Assessments;

/// <summary>The assessment engine behind the web app.</summary>
internal sealed class EngineAssessor : IAssessor
{
    public Result<AssessmentDocument> Assess(WorkProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Result<AssessmentDocument>.Fail(EngineMissing.For("assessment"));
    }
}
