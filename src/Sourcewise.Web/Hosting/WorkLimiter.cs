using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Sourcewise.Web.Hosting;

/// <summary>Bounds the work the server does at once and for how long (<see cref="WorkLimits"/>):
/// <list type="bullet">
/// <item>heavy routes (<see cref="HeavyWork"/>) share <see cref="WorkLimits.WorkConcurrency"/> turns and a queue of
/// <see cref="WorkLimits.WorkQueue"/>; when both are taken the answer is 503 with <c>Retry-After</c>. The turn is taken
/// before the upload is read, so memory is bounded by turns, not by clients. Light routes (<c>/api/assess</c>,
/// <c>/health</c>, pages) are not limited and keep answering meanwhile;</item>
/// <item>every request has a timeout (<see cref="WorkLimits.WorkTimeoutSeconds"/> for heavy work,
/// <see cref="WorkLimits.RequestTimeoutSeconds"/> otherwise) that cancels the request's token, which the handlers pass
/// to the engines and readers (the document reader stops its work on it); the answer is 504.</item>
/// </list></summary>
internal static class WorkLimiter
{
    public const string WorkTimeoutPolicy = "work";

    public static IServiceCollection AddWorkLimits(this IServiceCollection services)
    {
        services.AddOptions<WorkLimits>().BindConfiguration(WorkLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<WorkLimits>>((options, limits) =>
        {
            var work = limits.Value;
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => HeavyWork.Applies(context)
                ? RateLimitPartition.GetConcurrencyLimiter("work", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = work.EffectiveWorkConcurrency,
                    QueueLimit = work.WorkQueue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
                : RateLimitPartition.GetNoLimiter("light"));
            options.OnRejected = async (rejected, _) =>
            {
                var response = rejected.HttpContext.Response;
                response.Headers.RetryAfter = work.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                WebLog.Busy(rejected.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Sourcewise.Web.Limits"),
                    rejected.HttpContext.Request.Path.Value ?? "", work.EffectiveWorkConcurrency, work.WorkQueue);
                await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy",
                    detail: $"the server is already handling {work.EffectiveWorkConcurrency} heavy requests with {work.WorkQueue} waiting; " +
                            $"retry in {work.RetryAfterSeconds} s (Sourcewise:Limits:WorkConcurrency, WorkQueue)")
                    .ExecuteAsync(rejected.HttpContext).ConfigureAwait(false);
            };
        });
        services.AddRequestTimeouts(_ => { });
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<WorkLimits>>((options, limits) =>
        {
            options.DefaultPolicy = Policy(limits.Value.RequestTimeoutSeconds, "RequestTimeoutSeconds");
            options.AddPolicy(WorkTimeoutPolicy, Policy(limits.Value.WorkTimeoutSeconds, "WorkTimeoutSeconds"));
        });
        return services;
    }

    /// <summary>The limiter, then the timeouts (so waiting for a turn does not count against the timeout), then one log
    /// line for each request stopped by its timeout. A timeout while a form upload is still arriving drops the
    /// connection (the form reader aborts on cancellation); otherwise the answer is 504.</summary>
    public static IApplicationBuilder UseWorkLimits(this IApplicationBuilder app)
    {
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (Exception) when (context.Features.Get<IHttpRequestTimeoutFeature>() is { RequestTimeoutToken.IsCancellationRequested: true })
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<WorkLimits>>().Value;
                var heavy = HeavyWork.Applies(context);
                WebLog.TimedOut(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Sourcewise.Web.Limits"),
                    context.Request.Path.Value ?? "", heavy ? limits.WorkTimeoutSeconds : limits.RequestTimeoutSeconds,
                    heavy ? nameof(WorkLimits.WorkTimeoutSeconds) : nameof(WorkLimits.RequestTimeoutSeconds));
                throw;
            }
        });
    }

    /// <summary>Marks an API route as heavy work.</summary>
    public static TBuilder AsHeavyWork<TBuilder>(this TBuilder builder, params string[] methods) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new HeavyWork(methods), new RequestTimeoutAttribute(WorkTimeoutPolicy));

    /// <summary>Marks a page as heavy work for <paramref name="methods"/> (all when none).</summary>
    public static void AsHeavyWork(this PageConventionCollection conventions, string page, params string[] methods) =>
        conventions.AddPageApplicationModelConvention(page, model =>
        {
            model.EndpointMetadata.Add(new HeavyWork(methods));
            model.EndpointMetadata.Add(new RequestTimeoutAttribute(WorkTimeoutPolicy));
        });

    private static RequestTimeoutPolicy Policy(int seconds, string setting) => new()
    {
        Timeout = TimeSpan.FromSeconds(seconds),
        TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        WriteTimeoutResponse = context => Results.Problem(statusCode: StatusCodes.Status504GatewayTimeout, title: "Took too long",
                detail: $"the request took longer than {seconds} s and its work was stopped (Sourcewise:Limits:{setting})")
            .ExecuteAsync(context),
    };
}
