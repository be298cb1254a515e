namespace Sourcewise.Web.Tests.Infrastructure;

/// <summary>A cancellation token for calls made by tests (xUnit 2 has no per-test token): a minute is plenty.</summary>
public static class TestContext
{
    public static CancellationToken CancellationToken => new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;
}
