using Microsoft.Data.Sqlite;

namespace Sourcewise.Web.Tests.Api;

/// <summary>A start-up failure is reported as what it is: "the database could not be opened" only when it came from
/// the database.</summary>
public sealed class StartFailureTests
{
    [Fact]
    public void A_database_failure_is_reported_as_one()
    {
        var failure = new InvalidOperationException("migration failed", new SqliteException("unable to open database file", 14));

        SourcewiseWebApp.DescribeStartFailure(failure).ShouldBe("the database could not be opened: unable to open database file");
    }

    [Fact]
    public void Any_other_failure_is_not_blamed_on_the_database()
    {
        var failure = new InvalidOperationException("the port is taken by a hosted service", new ArgumentException("bad setting 'x'"));

        var line = SourcewiseWebApp.DescribeStartFailure(failure);

        line.ShouldBe("could not start: bad setting 'x'");
        line.ShouldNotContain("database");
    }
}
