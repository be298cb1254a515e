using Microsoft.EntityFrameworkCore;

namespace Sourcewise.Web.Storage;

/// <summary>The saved decisions, their revisions and their monthly actuals. One subclass per provider carries that
/// provider's migrations.</summary>
internal abstract class SourcewiseDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DecisionEntity> Decisions => Set<DecisionEntity>();

    public DbSet<DecisionRevisionEntity> DecisionRevisions => Set<DecisionRevisionEntity>();

    public DbSet<DecisionActualEntity> DecisionActuals => Set<DecisionActualEntity>();

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
        decision.Property(d => d.ChosenModel).HasColumnName("chosen_model").HasMaxLength(30);
        decision.Property(d => d.StartMonth).HasColumnName("start_month").HasMaxLength(7);
        decision.Property(d => d.FrozenJson).HasColumnName("frozen_json");
        decision.Property(d => d.ContractCheckJson).HasColumnName("contract_check_json");
        decision.HasIndex(d => d.ReviewBy).HasDatabaseName("ix_decisions_review_by");

        var revision = modelBuilder.Entity<DecisionRevisionEntity>();
        revision.ToTable("decision_revisions");
        revision.HasKey(r => r.Id);
        revision.Property(r => r.Id).HasColumnName("id").ValueGeneratedOnAdd();
        revision.Property(r => r.DecisionId).HasColumnName("decision_id").HasMaxLength(36);
        revision.Property(r => r.At).HasColumnName("at");
        revision.Property(r => r.Change).HasColumnName("change");
        revision.Property(r => r.ProfileJson).HasColumnName("profile_json");
        revision.Property(r => r.Recommendation).HasColumnName("recommendation").HasMaxLength(30);
        revision.HasIndex(r => new { r.DecisionId, r.Id }).HasDatabaseName("ix_decision_revisions_decision");
        revision.HasOne<DecisionEntity>().WithMany().HasForeignKey(r => r.DecisionId).OnDelete(DeleteBehavior.Cascade);

        var actual = modelBuilder.Entity<DecisionActualEntity>();
        actual.ToTable("decision_actuals");
        actual.HasKey(a => new { a.DecisionId, a.Month });
        actual.Property(a => a.DecisionId).HasColumnName("decision_id").HasMaxLength(36);
        actual.Property(a => a.Month).HasColumnName("month").HasMaxLength(7);
        actual.Property(a => a.Spend).HasColumnName("spend");
        actual.Property(a => a.Headcount).HasColumnName("headcount");
        actual.Property(a => a.ChangeRequests).HasColumnName("change_requests");
        actual.Property(a => a.SlaBreaches).HasColumnName("sla_breaches");
        actual.Property(a => a.Attrition).HasColumnName("attrition");
        actual.Property(a => a.Note).HasColumnName("note").HasMaxLength(1000);
        actual.HasOne<DecisionEntity>().WithMany().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Cascade);
    }
}
