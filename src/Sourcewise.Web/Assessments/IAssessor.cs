using Sourcewise.Diagnostics;
using Sourcewise.Profiles;

namespace Sourcewise.Web.Assessments;

/// <summary>The seam to the assessment engine: a profile in, the public assessment JSON out.</summary>
internal interface IAssessor
{
    Result<AssessmentDocument> Assess(WorkProfile profile, CancellationToken cancellationToken);
}
