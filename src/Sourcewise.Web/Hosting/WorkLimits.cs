using System.ComponentModel.DataAnnotations;

namespace Sourcewise.Web.Hosting;

/// <summary>How much work the server takes on at once, for how long, and how much it keeps: the
/// <c>Sourcewise:Limits</c> section (environment: <c>SOURCEWISE_LIMITS__WORKCONCURRENCY=4</c> or
/// <c>Sourcewise__Limits__WorkConcurrency=4</c>). Checked on start: a value out of range stops it with one line.</summary>
internal sealed class WorkLimits
{
    public const string Section = "Sourcewise:Limits";

    /// <summary>Heavy requests (proposal checks, portfolios, cost simulations, decision documents) handled at once,
    /// from receiving the upload to the last byte of the answer. 0 = the number of processors, at most 4.</summary>
    [Range(0, 64)]
    public int WorkConcurrency { get; set; }

    /// <summary>Heavy requests that wait for a turn; beyond them the answer is 503 with <c>Retry-After</c>. A waiting
    /// request has not been read yet, so it costs no memory.</summary>
    [Range(0, 1000)]
    public int WorkQueue { get; set; } = 8;

    /// <summary>The <c>Retry-After</c> of that 503, in seconds.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 5;

    /// <summary>The longest a heavy request may take, upload included; then its work is cancelled and the answer is
    /// 504.</summary>
    [Range(1, 3600)]
    public int WorkTimeoutSeconds { get; set; } = 120;

    /// <summary>The longest any other request may take.</summary>
    [Range(1, 3600)]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Memory for portfolio results kept so the page can re-sort them (estimated bytes, not entries).</summary>
    [Range(1, 4096)]
    public int ResultCacheMegabytes { get; set; } = 64;

    /// <summary>How long a portfolio result is kept for re-sorting.</summary>
    [Range(1, 1440)]
    public int ResultCacheMinutes { get; set; } = 30;

    /// <summary>Most Monte Carlo trials one <c>POST /api/cost</c> may ask for.</summary>
    [Range(1, 10_000_000)]
    public int MaxCostTrials { get; set; } = 1_000_000;

    /// <summary>Wrong tokens accepted from one client address (sign-in page or bearer) per window; then 429.</summary>
    [Range(1, 1000)]
    public int SignInFailures { get; set; } = 10;

    /// <summary>The window for <see cref="SignInFailures"/>, in seconds.</summary>
    [Range(1, 86_400)]
    public int SignInWindowSeconds { get; set; } = 60;

    /// <summary>Decisions per page of <c>GET /api/decisions</c> when <c>limit</c> is not given.</summary>
    [Range(1, MaxDecisionsPageSize)]
    public int DecisionsPageSize { get; set; } = 100;

    /// <summary>The largest <c>limit</c> of <c>GET /api/decisions</c>.</summary>
    public const int MaxDecisionsPageSize = 1000;

    /// <summary>The effective <see cref="WorkConcurrency"/>.</summary>
    public int EffectiveWorkConcurrency => WorkConcurrency > 0 ? WorkConcurrency : Math.Clamp(Environment.ProcessorCount, 1, 4);

    public long ResultCacheBytes => ResultCacheMegabytes * 1024L * 1024;
}
