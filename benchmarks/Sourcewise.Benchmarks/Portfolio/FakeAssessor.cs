using Sourcewise.Application.Assess;
using Sourcewise.Assessments;
using Sourcewise.Profiles;

namespace Sourcewise.Benchmarks.Portfolio;

/// <summary>A stand-in engine that costs almost nothing: it hands back one real assessment (made once) under each
/// row's name, so the run measures what reading, the pipeline and writing the real JSON cost on their own.</summary>
internal sealed class FakeAssessor : IWorkstreamAssessor
{
    private readonly Assessment _template = AssessmentEngine.Default.Assess(Template());

    public Assessment Assess(WorkProfile profile, CancellationToken cancellationToken) =>
        _template with { Name = profile.Name, Profile = profile };

    private static WorkProfile Template()
    {
        var builder = new WorkProfileBuilder();
        builder.Set("name", "template");
        builder.Set("workType", "product");
        return builder.Build().GetValueOrThrow();
    }
}
