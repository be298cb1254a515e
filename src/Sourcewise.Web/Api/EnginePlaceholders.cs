using Microsoft.AspNetCore.Http.HttpResults;
using Sourcewise.Web.Assessments;

namespace Sourcewise.Web.Api;

/// <summary>Routes whose engine is not part of this build yet: documented, and answering 503 with a problem.</summary>
internal static class EnginePlaceholders
{
    public static ProblemHttpResult Missing(string engine) => Problems.From([EngineMissing.For(engine)]);
}
