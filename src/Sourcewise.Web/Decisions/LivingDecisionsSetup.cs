using Sourcewise.Application.Assess;
using Sourcewise.Application.Decisions;
using Sourcewise.Web.Storage;

namespace Sourcewise.Web.Decisions;

/// <summary>Registers the living-decision use cases over the EF store.</summary>
internal static class LivingDecisionsSetup
{
    public static IServiceCollection AddLivingDecisions(this IServiceCollection services)
    {
        services.AddScoped<IDecisionStore, EfDecisionStore>();
        services.AddSingleton<IWorkstreamAssessor>(AssessWorkstream.Default);
        services.AddScoped<SaveDecision>();
        services.AddScoped<DecisionReviews>();
        return services;
    }
}
