namespace Sourcewise.Web.Tests.Infrastructure;

/// <summary>Realistic inputs shared by the tests.</summary>
public static class Samples
{
    public const string Profile = """
        { "name": "Payments API", "stage": "series-b", "workType": "product", "differentiating": true,
          "requirementVolatility": "high", "scopeClarity": "low", "leadershipBandwidth": "high",
          "ipSensitivity": "high", "knowledgeRetention": "high", "durationMonths": 12, "ongoing": false,
          "measurableServiceLevel": false, "scalingUrgency": "medium", "costPriority": "balanced",
          "nextSprintPlanned": true, "skillGap": true, "considering": "project-outsourcing" }
        """;

    public const string OperationsProfile = """
        { "name": "Monitoring", "stage": "scale-up", "workType": "operations", "differentiating": false,
          "requirementVolatility": "low", "scopeClarity": "high", "leadershipBandwidth": "low", "ongoing": true,
          "measurableServiceLevel": true }
        """;

    public const string Scenario = """
        { "horizonMonths": 24, "volatility": "medium",
          "options": {
            "staffAugmentation": { "heads": 4, "monthlyRatePerHead": 14000, "rampUpMonths": 1, "managementHoursPerHeadPerMonth": 12,
                                   "managerHourlyCost": 120, "attritionPerHeadPerYear": 0.15, "replacementWeeks": 2 },
            "projectOutsourcing": { "fixedBid": 480000, "changeRequestsPerMonth": 1.5, "changeRequestCost": 18000,
                                    "changeRequestPremium": 0.25, "knowledgeTransferCost": 40000 } } }
        """;

    public const string PortfolioCsv = """
        name,stage,workType,differentiating,requirementVolatility,leadershipBandwidth,ongoing,measurableServiceLevel
        Checkout,series-b,product,true,high,high,false,false
        Monitoring,series-b,operations,false,low,low,true,true
        Data migration,series-b,project,false,low,none,false,false
        """;

    public static string Decision(string title, string? reviewBy = null, bool withCost = false) =>
        $$"""{ "title": "{{title}}", "profile": {{Profile}}{{(reviewBy is null ? "" : $", \"reviewBy\": \"{reviewBy}\"")}}{{(withCost ? $", \"costScenario\": {Scenario}" : "")}} }""";

    /// <summary>A "managed services" proposal that really describes staff augmentation.</summary>
    public const string Proposal = """
        Managed Services Agreement

        1. Services
        The Provider will deliver managed services for the Client's platform team.
        The Client will direct the day-to-day work of the Provider's engineers and set their priorities.
        The named engineers, Ana Silva and Tom Berg, will work on the Client's premises using Client equipment.
        The Client sets the working hours of the engineers and may reassign them to other teams.
        The engineers join the Client's team and attend its stand-ups. <script>alert('owned')</script>

        2. Fees
        Fees are charged on a time and materials basis at a daily rate per engineer.
        """;
}
