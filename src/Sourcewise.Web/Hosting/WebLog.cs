namespace Sourcewise.Web.Hosting;

/// <summary>Source-generated log messages of the web app.</summary>
internal static partial class WebLog
{
    [LoggerMessage(EventId = 1, EventName = "DatabaseReady", Level = LogLevel.Information,
        Message = "Decisions are stored in {Provider} ({Location})")]
    public static partial void DatabaseReady(ILogger logger, string provider, string location);

    [LoggerMessage(EventId = 2, EventName = "DecisionSaved", Level = LogLevel.Information,
        Message = "Saved decision {DecisionId} (review by {ReviewBy})")]
    public static partial void DecisionSaved(ILogger logger, string decisionId, string reviewBy);

    [LoggerMessage(EventId = 3, EventName = "BadInput", Level = LogLevel.Debug,
        Message = "Refused input on {Route}: {Detail}")]
    public static partial void BadInput(ILogger logger, string route, string detail);

    [LoggerMessage(EventId = 4, EventName = "HealthFailed", Level = LogLevel.Warning,
        Message = "The database did not answer the health check")]
    public static partial void HealthFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5, EventName = "SignInFailed", Level = LogLevel.Warning,
        Message = "A wrong token was refused from {RemoteAddress} ({Via})")]
    public static partial void SignInFailed(ILogger logger, string remoteAddress, string via);

    [LoggerMessage(EventId = 6, EventName = "Serving", Level = LogLevel.Information,
        Message = "Listening on {Addresses} ({Access}); Ctrl+C stops")]
    public static partial void Serving(ILogger logger, string addresses, string access);

    [LoggerMessage(EventId = 7, EventName = "Busy", Level = LogLevel.Warning,
        Message = "Refused heavy work on {Route} with 503: {Concurrency} running and {Queue} waiting already")]
    public static partial void Busy(ILogger logger, string route, int concurrency, int queue);

    [LoggerMessage(EventId = 8, EventName = "TimedOut", Level = LogLevel.Warning,
        Message = "Stopped {Route} after {Seconds} s: it ran past its timeout (Sourcewise:Limits:{Setting})")]
    public static partial void TimedOut(ILogger logger, string route, int seconds, string setting);

    [LoggerMessage(EventId = 9, EventName = "AnswerAbandoned", Level = LogLevel.Warning,
        Message = "Stopped {Route} while sending its answer (timeout, or the client left); the connection was dropped")]
    public static partial void AnswerAbandoned(ILogger logger, string route);

    [LoggerMessage(EventId = 10, EventName = "SignInThrottled", Level = LogLevel.Warning,
        Message = "Too many wrong tokens from {RemoteAddress}: it is answered 429 until the window ends (Sourcewise:Limits:SignInFailures)")]
    public static partial void SignInThrottled(ILogger logger, string remoteAddress);

    [LoggerMessage(EventId = 11, EventName = "BodyUnreadable", Level = LogLevel.Information,
        Message = "Refused {Method} {Route}: the request body {Reason}")]
    public static partial void BodyUnreadable(ILogger logger, string method, string route, string reason);

    [LoggerMessage(EventId = 12, EventName = "StaleMigrationLock", Level = LogLevel.Warning,
        Message = "Removed a database migration lock taken at {TakenAt} by a process that did not finish (killed while starting?)")]
    public static partial void StaleMigrationLock(ILogger logger, string takenAt);
}
