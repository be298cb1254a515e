namespace Sourcewise.Web.Tests.Infrastructure;

/// <summary>Skips a test whose external binary is absent, unless <c>SOURCEWISE_REQUIRE_ALL=1</c> (then it fails).</summary>
public static class Requirements
{
    public static bool RequireAll => Environment.GetEnvironmentVariable("SOURCEWISE_REQUIRE_ALL") == "1";

    public static void SkipUnless(bool available, string reason)
    {
        if (!available && RequireAll)
        {
            throw new InvalidOperationException($"SOURCEWISE_REQUIRE_ALL=1 but {reason}");
        }

        Skip.IfNot(available, reason);
    }
}
