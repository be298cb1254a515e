using Sourcewise.Diagnostics;
using Sourcewise.Portfolio;

namespace Sourcewise.Application.Portfolios;

/// <summary>What a portfolio run found (the rows themselves went to the sink).</summary>
/// <param name="Source">The input's name as given.</param>
/// <param name="Summary">The roll-up: counts per model, close calls, rows that could not be read, mistakes.</param>
/// <param name="Findings">The portfolio findings.</param>
/// <param name="Errors">The errors of the rows that could not be read, the first <see cref="AssessPortfolio.ListedErrors"/>.</param>
public sealed record PortfolioResult(string Source, PortfolioSummary Summary, IReadOnlyList<PortfolioFinding> Findings,
    IReadOnlyList<Diagnostic> Errors);
