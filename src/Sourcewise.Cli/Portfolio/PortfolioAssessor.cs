using System.Text.Json;
using Sourcewise.Profiles;
using Sourcewise.Reports.Portfolio;

namespace Sourcewise.Cli.Portfolio;

/// <summary>What the portfolio run needs from an assessment engine: assess one profile, give the facts the tables
/// show, and write the full assessment JSON. Implementations must be thread-safe.</summary>
internal abstract class PortfolioAssessor
{
    public abstract AssessedRow Assess(int row, WorkProfile profile, CancellationToken cancellationToken);

    /// <summary>Writes <c>{ "row", "name", "assessment": { ... } }</c>.</summary>
    public abstract void WriteWorkstreamJson(Utf8JsonWriter writer, AssessedRow row);
}

/// <summary>One assessed row: the table facts and the engine's own result object.</summary>
internal sealed record AssessedRow(PortfolioRowFacts Facts, object Assessment);
