using System.Net.Sockets;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Sourcewise.Web.Api;
using Sourcewise.Web.Assessments;
using Sourcewise.Web.Decisions;
using Sourcewise.Web.Hosting;
using Sourcewise.Web.Portfolios;
using Sourcewise.Web.Security;
using Sourcewise.Web.Storage;

namespace Sourcewise.Web;

/// <summary>Composes the web app: services, middleware, API routes and pages. Used by <c>sourcewise serve</c> and by
/// the tests (through <see cref="Program"/>).</summary>
public static class SourcewiseWebApp
{
    /// <summary>Builds the app without starting it.</summary>
    public static WebApplication Build(WebAppOptions options) => Build(options, null);

    /// <summary>Builds the app; <paramref name="configure"/> (tests) runs on the builder last.</summary>
    internal static WebApplication Build(WebAppOptions options, Action<WebApplicationBuilder>? configure)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = options.Args,
            // Not the working directory: nothing there is ours to read.
            ContentRootPath = AppContext.BaseDirectory,
        });
        SettingsFiles.Ignore(builder.Configuration);
        builder.Configuration.AddSourcewiseEnvironment();
        var settings = new Dictionary<string, string?>();
        if (options.Database is { } database)
        {
            settings[$"{SourcewiseSettings.Section}:{nameof(SourcewiseSettings.Database)}"] = database;
        }

        if (options.Token is { } token)
        {
            settings[$"{SourcewiseSettings.Section}:{nameof(SourcewiseSettings.Token)}"] = token;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        if (string.IsNullOrEmpty(builder.Configuration[$"{SourcewiseSettings.Section}:{nameof(SourcewiseSettings.Token)}"]))
        {
            // Without a token only loopback is served: refuse other Host names (DNS rebinding).
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["AllowedHosts"] = "localhost;127.0.0.1;[::1]" });
        }

        // One log line per request (hosting, routing) or per SQL command costs more than an assessment: keep those
        // categories at Warning unless configured more specifically.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // A start-up failure is reported as one line by RunAsync, not as the host's stack trace; "Now listening on" would
        // come before the check of where it listens, so RunAsync says where it serves once that check passed.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = Limits.Request;
        });

        var services = builder.Services;
        services.AddOptions<SourcewiseSettings>().BindConfiguration(SourcewiseSettings.Section)
            .Validate(s => SourcewiseSettings.TokenProblem(s.Token) is null, SourcewiseSettings.TokenTooShort)
            .ValidateOnStart();
        services.AddSingleton<ServingGate>();
        services.AddWorkLimits();
        services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = Limits.Request;
            form.ValueLengthLimit = (int)Limits.JsonBody;
            // Uploads are confidential: a multipart section over this threshold would be buffered as a plain file in
            // the temp folder (64 KiB by default), where it survives a crash. Within the request limit, keep it in
            // memory; the work limiter bounds how many are in memory at once.
            form.MemoryBufferThreshold = (int)Limits.Request;
        });
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddRazorPages(pages =>
        {
            pages.Conventions.AsHeavyWork("/Check", "POST");
            pages.Conventions.AsHeavyWork("/Portfolio");
            pages.Conventions.AsHeavyWork("/Cost");
        }).ConfigureApplicationPartManager(parts =>
        {
            // Under `sourcewise serve` the entry assembly is the CLI: add this assembly's compiled pages once.
            var assembly = typeof(SourcewiseWebApp).Assembly;
            if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
            {
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    parts.ApplicationParts.Add(part);
                }
            }
        });
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = "sourcewise.antiforgery");
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "sourcewise.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.LoginPath = "/signin";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            // The cookie holds a hash of the token it was issued under: a new token signs everyone out.
            cookie.Events.OnValidatePrincipal = TokenBinding.ValidateAsync;
        });
        services.AddSingleton<SignInThrottle>();
        // Portfolio results for the page, bounded by their estimated size in bytes (Sourcewise:Limits:ResultCacheMegabytes).
        services.AddMemoryCache();
        services.AddOptions<MemoryCacheOptions>().Configure<IOptions<WorkLimits>>((cache, limits) =>
        {
            cache.SizeLimit = limits.Value.ResultCacheBytes;
            cache.TrackStatistics = true;
        });
        services.AddSingleton(TimeProvider.System);
        services.AddSourcewiseStorage();
        services.AddSourcewiseUseCases();
        services.AddSingleton<IAssessor, EngineAssessor>();
        services.AddScoped<DecisionService>();
        services.AddLivingDecisions();
        services.AddSingleton<PortfolioResults>();

        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseServingGate();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseClientErrors();
        app.UseSecurityHeaders();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(SourcewiseWebApp).Assembly, "Sourcewise.Web.wwwroot"),
        });
        app.UseCrossSiteRequestGuard();
        app.UseAuthentication();
        app.UseTokenGate();
        app.UseContentTypeGuard();
        app.UseWorkLimits();
        app.UsePageForms();
        app.UseAntiforgery();

        app.MapOpenApi();
        app.MapHealthApi();
        var api = app.MapGroup("/api");
        api.MapAssessApi();
        api.MapPortfolioApi();
        api.MapCheckApi();
        api.MapCostApi();
        api.MapDecisionsApi();
        // The pages' download links: same documents, behind the sign-in cookie instead of the bearer token.
        app.MapGet("/decisions/{id}/report", DecisionsApi.ReportAsync).ExcludeFromDescription().AsHeavyWork();
        app.MapRazorPages();
        return app;
    }

    /// <summary>What stopped the app from starting, in one line: "the database could not be opened" only when the
    /// failure came from the database (a data-access exception anywhere in the chain), else what it was.</summary>
    internal static string DescribeStartFailure(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.GetBaseException().Message;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException
                || e.GetType().Namespace?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) == true)
            {
                return $"the database could not be opened: {message}";
            }
        }

        return $"could not start: {message}";
    }

    /// <summary>Checks the token and where it may listen, starts, checks where Kestrel really listens, then serves
    /// until shut down. Returns an exit code: 0 after a clean stop, 1 when it refused or failed to start (with one line
    /// on <paramref name="error"/>), 130 when cancelled while starting.</summary>
    public static async Task<int> RunAsync(WebAppOptions options, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(error);
        if ((SourcewiseSettings.TokenProblem(options.Token) ?? BindingCheck.Check(options.Urls, options.Token)) is { } refusal)
        {
            await error.WriteLineAsync($"sourcewise serve: {refusal}").ConfigureAwait(false);
            return 1;
        }

        WebApplication app;
        try
        {
            app = Build(options);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            await error.WriteLineAsync($"sourcewise serve: --db: {e.Message}").ConfigureAwait(false);
            return 1;
        }

        await using (app)
        {
            SourcewiseSettings settings;
            try
            {
                settings = app.Services.GetRequiredService<IOptions<SourcewiseSettings>>().Value;
            }
            catch (OptionsValidationException e)
            {
                await error.WriteLineAsync($"sourcewise serve: {string.Join("; ", e.Failures)}").ConfigureAwait(false);
                return 1;
            }

            // Requests wait at the gate until the addresses Kestrel really bound have been checked.
            var gate = app.Services.GetRequiredService<ServingGate>();
            gate.Close();
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                gate.Refuse();
                return 130;
            }
            catch (OptionsValidationException e)
            {
                await error.WriteLineAsync($"sourcewise serve: {string.Join("; ", e.Failures)}").ConfigureAwait(false);
                return 1;
            }
            catch (Exception e) when (e is IOException or SocketException)
            {
                await error.WriteLineAsync($"sourcewise serve: cannot listen on {options.Urls}: {e.Message}").ConfigureAwait(false);
                return 1;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One line, not a stack trace, saying what failed: the database, or something else.
                await error.WriteLineAsync($"sourcewise serve: {DescribeStartFailure(e)}").ConfigureAwait(false);
                return 1;
            }

            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
            if (BindingCheck.CheckBound(bound, settings.Token) is { } openRefusal)
            {
                gate.Refuse();
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
                await error.WriteLineAsync($"sourcewise serve: {openRefusal}").ConfigureAwait(false);
                return 1;
            }

            gate.Open();
            WebLog.Serving(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Sourcewise.Web"), string.Join(", ", bound),
                settings.RequiresSignIn ? "sign-in with the access token required" : "loopback only, no sign-in");
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
    }
}
