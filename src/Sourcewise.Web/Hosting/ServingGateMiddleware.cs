namespace Sourcewise.Web.Hosting;

/// <summary>The first middleware: waits for the <see cref="ServingGate"/>.</summary>
internal static class ServingGateMiddleware
{
    public static IApplicationBuilder UseServingGate(this IApplicationBuilder app)
    {
        var gate = app.ApplicationServices.GetRequiredService<ServingGate>();
        return app.Use(async (context, next) =>
        {
            if (!await gate.MayServeAsync(context.RequestAborted).ConfigureAwait(false))
            {
                context.Abort();
                return;
            }

            await next(context).ConfigureAwait(false);
        });
    }
}
