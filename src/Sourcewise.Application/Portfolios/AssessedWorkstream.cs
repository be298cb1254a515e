using Sourcewise.Assessments;
using Sourcewise.Profiles;

namespace Sourcewise.Application.Portfolios;

/// <summary>One workstream of a portfolio, assessed.</summary>
/// <param name="Row">Its 1-based row (list item) in the input.</param>
/// <param name="Profile">What was read.</param>
/// <param name="Assessment">The assessment, the same object <c>assess</c> gives.</param>
public sealed record AssessedWorkstream(int Row, WorkProfile Profile, Assessment Assessment);
