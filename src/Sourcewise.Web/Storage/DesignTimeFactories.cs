using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sourcewise.Web.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteSourcewiseDbContext</c> build the SQLite context.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSourcewiseDbContext>
{
    public SqliteSourcewiseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSourcewiseDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresSourcewiseDbContext</c> build the PostgreSQL context.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSourcewiseDbContext>
{
    public PostgresSourcewiseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSourcewiseDbContext>().UseNpgsql("Host=localhost;Database=sourcewise").Options);
}
