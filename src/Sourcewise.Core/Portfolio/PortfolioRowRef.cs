namespace Sourcewise.Portfolio;

/// <summary>A workstream named by a finding: its row, its name, and a short note on why it is listed.</summary>
/// <param name="Row">1-based position among the workstreams.</param>
/// <param name="Name">The workstream's name.</param>
/// <param name="Note">Why it is listed (for example "recommended" or "considered"), or <c>null</c>.</param>
public sealed record PortfolioRowRef(int Row, string Name, string? Note = null);
