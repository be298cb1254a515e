using Sourcewise.Web.Tests.Infrastructure;

namespace Sourcewise.Web.Tests.Storage;

/// <summary>A PostgreSQL cluster and the app over it, shared by the PostgreSQL decision tests.</summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly Lazy<SourcewiseFactory> _factory;

    public PostgresFixture()
    {
        Cluster = new PostgresCluster();
        _factory = new Lazy<SourcewiseFactory>(() => new SourcewiseFactory(Cluster.ConnectionString));
    }

    public PostgresCluster Cluster { get; }

    public SourcewiseFactory Factory => _factory.Value;

    public void Dispose()
    {
        if (_factory.IsValueCreated)
        {
            _factory.Value.Dispose();
        }

        Cluster.Dispose();
    }
}

/// <summary>The same decision tests over a real PostgreSQL started from Debian's binaries.</summary>
public sealed class PostgresDecisionStorageTests : DecisionStorageTests, IClassFixture<PostgresFixture>
{
    private readonly PostgresFixture _fixture;

    public PostgresDecisionStorageTests(PostgresFixture fixture)
    {
        _fixture = fixture;
        Requirements.SkipUnless(fixture.Cluster.Unavailable is null, fixture.Cluster.Unavailable ?? "");
    }

    protected override SourcewiseFactory Factory => _fixture.Factory;
}
