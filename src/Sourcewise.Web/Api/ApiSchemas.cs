using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sourcewise.Web.Api;

// The shapes of the JSON bodies the API answers, for the OpenAPI document only: the bytes themselves are written by
// the use cases' renderers (Reports), the same the CLI prints. Keys and ids are those of the public interface
// (shared/spec/INTERFACES.md); model ids are keys of the score maps ("staff-augmentation", ...).

/// <summary>The assessment JSON (<c>assess --format json</c>).</summary>
internal sealed record AssessmentSchema(
    string Name,
    string Recommendation,
    string BestFit,
    string RunnerUp,
    double Margin,
    bool CloseCall,
    double CloseCallThreshold,
    Dictionary<string, double> Scores,
    ContributionSchema[] Contributions,
    TippingPointSchema[] TippingPoints,
    MistakeSchema[] Mistakes,
    string StageGuidance,
    double Confidence,
    string ConfidenceLevel,
    UnknownSchema[] Unknowns,
    string? Considering,
    string? CloseCallAdvice);

/// <summary>What one answer gave one model.</summary>
internal sealed record ContributionSchema(string Factor, string Model, double Points, string Reason);

/// <summary>One answer that, changed on its own, changes the recommendation (<c>from</c> and <c>to</c> are profile
/// values: a string, a boolean or a number).</summary>
internal sealed record TippingPointSchema(string Factor, JsonElement From, JsonElement To, string NewRecommendation);

/// <summary>A known model-selection mistake that applies.</summary>
internal sealed record MistakeSchema(string Id, string Severity, string Message, string Why);

/// <summary>A question left unanswered.</summary>
internal sealed record UnknownSchema(string Factor, string Question, string Why, bool CouldChangeRecommendation);

/// <summary>The portfolio JSON (<c>portfolio --format json</c>).</summary>
internal sealed record PortfolioSchema(
    PortfolioWorkstreamSchema[] Workstreams,
    PortfolioSummarySchema Summary,
    PortfolioFindingSchema[] Findings,
    PortfolioErrorSchema[] Errors);

/// <summary>The roll-up: workstreams per recommendation, close calls, rows that could not be read, mistakes by id.</summary>
internal sealed record PortfolioSummarySchema(
    [property: JsonPropertyName("staff-augmentation")] int StaffAugmentation,
    [property: JsonPropertyName("project-outsourcing")] int ProjectOutsourcing,
    [property: JsonPropertyName("managed-services")] int ManagedServices,
    [property: JsonPropertyName("close-call")] int CloseCall,
    int Workstreams,
    int FailedRows,
    Dictionary<string, int> Mistakes);

/// <summary>One workstream of a portfolio.</summary>
internal sealed record PortfolioWorkstreamSchema(int Row, string Name, AssessmentSchema Assessment);

/// <summary>A finding about the portfolio as a whole.</summary>
internal sealed record PortfolioFindingSchema(string Id, string Message, int[] Rows);

/// <summary>A row that could not be read or assessed (the other rows are still assessed).</summary>
internal sealed record PortfolioErrorSchema(string Code, string Message, int? Line, int? Column, string? Field);

/// <summary>The proposal check JSON (<c>check --format json</c>).</summary>
internal sealed record CheckSchema(
    string Document,
    string? ClaimedModel,
    string ActualModel,
    Dictionary<string, double> Scores,
    CheckSignalSchema[] Signals,
    CheckFindingSchema[] Findings,
    CheckClaimSchema? Claim,
    string Reason,
    CheckSignalSchema[] ConflictingSignals,
    bool Mismatch);

/// <summary>Where the claimed model came from (the user, or a phrase of the document).</summary>
internal sealed record CheckClaimSchema(string Source, string? Phrase, EvidenceSchema? Evidence);

/// <summary>A signal found in the document, with its evidence.</summary>
internal sealed record CheckSignalSchema(string Id, string Towards, string Strength, string Dimension, int Occurrences,
    EvidenceSchema[] Evidence);

/// <summary>A finding of the check.</summary>
internal sealed record CheckFindingSchema(string Id, string Severity, string Message, string? Ask, string[] Signals,
    EvidenceSchema[] Evidence);

/// <summary>Where the document says it: the text, its page (null when the document has no pages) and line.</summary>
internal sealed record EvidenceSchema(string Text, int? Page, int Line);

/// <summary>The multipart form of <c>POST /api/check</c>.</summary>
internal sealed record CheckFormSchema(IFormFile File, string? Claimed);

/// <summary>The cost JSON (<c>cost --format json</c>): per option id (<c>staffAugmentation</c>, ...).</summary>
internal sealed record CostSchema(int Trials, long Seed, int HorizonMonths, string Currency, string Volatility,
    Dictionary<string, CostOptionSchema> Options);

/// <summary>One option's cost over the horizon.</summary>
internal sealed record CostOptionSchema(double P10, double P50, double P90, double Mean, CostMonthSchema[] Monthly,
    double ProbabilityCheapest, double ArithmeticTotal, Dictionary<string, int?> BreakEven, CostDriverSchema[] Drivers);

/// <summary>How much the median moves when one parameter is set to its low and its high value.</summary>
internal sealed record CostDriverSchema(string Parameter, double Low, double High, double P50AtLow, double P50AtHigh, double Swing);

/// <summary>One month's cumulative cost band.</summary>
internal sealed record CostMonthSchema(int Month, double P10, double P50, double P90);

/// <summary>A cost scenario (the request body of <c>POST /api/cost</c>; YAML is read too).</summary>
internal sealed record CostScenarioSchema(int HorizonMonths, string? Currency, string? Volatility,
    Dictionary<string, Dictionary<string, JsonElement>> Options);
