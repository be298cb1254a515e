namespace Sourcewise.Reports.Portfolio;

/// <summary>The facts of one assessed workstream that the portfolio table formats (text, Markdown, CSV) show.</summary>
/// <param name="Row">1-based row.</param>
/// <param name="Name">The workstream.</param>
/// <param name="Recommendation">A model id or <c>close-call</c>.</param>
/// <param name="BestFit">The best-scoring model id.</param>
/// <param name="RunnerUp">The second model id.</param>
/// <param name="Margin">Best score minus runner-up score.</param>
/// <param name="Scores">Scores of staff-augmentation, project-outsourcing and managed-services, in that order.</param>
/// <param name="MistakeIds">The mistakes that apply.</param>
/// <param name="TippingPoints">Each tipping point as <c>factor: from → to ⇒ recommendation</c>.</param>
public sealed record PortfolioRowFacts(int Row, string Name, string Recommendation, string BestFit, string RunnerUp,
    double Margin, IReadOnlyList<double> Scores, IReadOnlyList<string> MistakeIds, IReadOnlyList<string> TippingPoints);
