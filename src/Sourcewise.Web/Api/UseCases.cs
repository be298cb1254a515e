using Sourcewise.Application.Assess;
using Sourcewise.Application.Check;
using Sourcewise.Application.Portfolios;
using Sourcewise.Documents.Contracts;
using Sourcewise.Signals;

namespace Sourcewise.Web.Api;

/// <summary>The use cases the endpoints and pages call, with the web's resource limits: the same use cases as the
/// CLI's, so both give the same answers.</summary>
internal static class UseCases
{
    /// <summary>Most workstreams one request may carry (the command line has no limit).</summary>
    public const int MaxPortfolioRows = 20_000;

    /// <summary>The contract readers' limits for uploads: no bigger than the upload limit, at most 64 MiB once unpacked.</summary>
    public static readonly ContractReaderOptions UploadReaderOptions = ContractReaderOptions.Default with
    {
        MaxFileBytes = Limits.Upload,
        MaxInflatedBytes = 64L * 1024 * 1024,
        MaxPages = 500,
        Timeout = TimeSpan.FromSeconds(20),
    };

    public static IServiceCollection AddSourcewiseUseCases(this IServiceCollection services)
    {
        services.AddSingleton(AssessWorkstream.Default);
        services.AddSingleton(new AssessPortfolio(AssessWorkstream.Default) { MaxRows = MaxPortfolioRows });
        services.AddSingleton(new CheckProposal(ContractChecker.Default, UploadReaderOptions));
        return services;
    }
}
