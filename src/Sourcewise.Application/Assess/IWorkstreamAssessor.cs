using Sourcewise.Assessments;
using Sourcewise.Profiles;

namespace Sourcewise.Application.Assess;

/// <summary>Assesses one workstream. The portfolio runs every row through one; <see cref="AssessWorkstream"/> is the
/// engine's, tests and benchmarks pass stand-ins.</summary>
/// <remarks>Implementations must be thread-safe: a portfolio calls it from several threads at once.</remarks>
public interface IWorkstreamAssessor
{
    /// <summary>Assesses one profile.</summary>
    /// <param name="profile">The workstream.</param>
    /// <param name="cancellationToken">Cancels the assessment.</param>
    Assessment Assess(WorkProfile profile, CancellationToken cancellationToken);
}
