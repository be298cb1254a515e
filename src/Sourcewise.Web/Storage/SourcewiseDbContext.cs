using Microsoft.EntityFrameworkCore;

namespace Sourcewise.Web.Storage;

/// <summary>The saved decisions. One subclass per provider carries that provider's migrations.</summary>
internal abstract class SourcewiseDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DecisionEntity> Decisions => Set<DecisionEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var decision = modelBuilder.Entity<DecisionEntity>();
        decision.ToTable("decisions");
        decision.HasKey(d => d.Id);
        decision.Property(d => d.Id).HasColumnName("id").HasMaxLength(36);
        decision.Property(d => d.Title).HasColumnName("title").HasMaxLength(300);
        decision.Property(d => d.ProfileJson).HasColumnName("profile_json");
        decision.Property(d => d.CostScenarioJson).HasColumnName("cost_scenario_json");
        decision.Property(d => d.AssessmentJson).HasColumnName("assessment_json");
        decision.Property(d => d.CreatedAt).HasColumnName("created_at");
        decision.Property(d => d.ReviewBy).HasColumnName("review_by");
        decision.Property(d => d.Status).HasColumnName("status").HasMaxLength(20);
        decision.HasIndex(d => d.ReviewBy).HasDatabaseName("ix_decisions_review_by");
    }
}
