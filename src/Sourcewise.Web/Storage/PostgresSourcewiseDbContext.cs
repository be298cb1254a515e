using Microsoft.EntityFrameworkCore;

namespace Sourcewise.Web.Storage;

/// <summary>The PostgreSQL store (for teams).</summary>
internal sealed class PostgresSourcewiseDbContext(DbContextOptions<PostgresSourcewiseDbContext> options) : SourcewiseDbContext(options);
