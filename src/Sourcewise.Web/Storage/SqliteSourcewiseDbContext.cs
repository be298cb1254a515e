using Microsoft.EntityFrameworkCore;

namespace Sourcewise.Web.Storage;

/// <summary>The SQLite store (the default).</summary>
internal sealed class SqliteSourcewiseDbContext(DbContextOptions<SqliteSourcewiseDbContext> options) : SourcewiseDbContext(options);
