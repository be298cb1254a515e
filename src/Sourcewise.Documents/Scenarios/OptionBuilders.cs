using Sourcewise.CostModel;

namespace Sourcewise.Documents.Scenarios;

/// <summary>Builds option records from checked parameter values (absent keys keep the record's defaults).</summary>
internal static class OptionBuilders
{
    public static StaffAugmentationOption StaffAugmentation(Dictionary<string, double> v)
    {
        var o = new StaffAugmentationOption { Heads = Whole(v["heads"]), MonthlyRatePerHead = v["monthlyRatePerHead"] };
        return o with
        {
            RampUpMonths = Get(v, "rampUpMonths", o.RampUpMonths),
            RampUpProductivity = Get(v, "rampUpProductivity", o.RampUpProductivity),
            ManagementHoursPerHeadPerMonth = Get(v, "managementHoursPerHeadPerMonth", o.ManagementHoursPerHeadPerMonth),
            ManagerHourlyCost = Get(v, "managerHourlyCost", o.ManagerHourlyCost),
            AttritionPerHeadPerYear = Get(v, "attritionPerHeadPerYear", o.AttritionPerHeadPerYear),
            ReplacementWeeks = Get(v, "replacementWeeks", o.ReplacementWeeks),
            DelayCostPerHeadPerMonth = v.TryGetValue("delayCostPerHeadPerMonth", out var d) ? d : null,
        };
    }

    public static ProjectOutsourcingOption ProjectOutsourcing(Dictionary<string, double> v)
    {
        var o = new ProjectOutsourcingOption { FixedBid = v["fixedBid"] };
        return o with
        {
            ChangeRequestsPerMonth = Get(v, "changeRequestsPerMonth", o.ChangeRequestsPerMonth),
            ChangeRequestCost = Get(v, "changeRequestCost", o.ChangeRequestCost),
            ChangeRequestPremium = Get(v, "changeRequestPremium", o.ChangeRequestPremium),
            KnowledgeTransferCost = Get(v, "knowledgeTransferCost", o.KnowledgeTransferCost),
            ChangeRequestCostSpread = Get(v, "changeRequestCostSpread", o.ChangeRequestCostSpread),
            DeliveryMonths = v.TryGetValue("deliveryMonths", out var d) ? Whole(d) : null,
        };
    }

    public static ManagedServicesOption ManagedServices(Dictionary<string, double> v, IReadOnlyList<VolumeTier> tiers,
        TierPricing pricing)
    {
        var o = new ManagedServicesOption { UnitPricePerMonth = v["unitPricePerMonth"], Units = v["units"] };
        return o with
        {
            SetupFee = Get(v, "setupFee", o.SetupFee),
            UnitGrowthPerMonth = Get(v, "unitGrowthPerMonth", o.UnitGrowthPerMonth),
            UnitGrowthSpread = Get(v, "unitGrowthSpread", o.UnitGrowthSpread),
            Tiers = tiers,
            TierPricing = pricing,
        };
    }

    public static InHouseOption InHouse(Dictionary<string, double> v)
    {
        var o = new InHouseOption { Heads = Whole(v["heads"]), AnnualSalary = v["annualSalary"] };
        return o with
        {
            LoadedCostMultiplier = Get(v, "loadedCostMultiplier", o.LoadedCostMultiplier),
            RecruitingCostPerHire = Get(v, "recruitingCostPerHire", o.RecruitingCostPerHire),
            TimeToHireMonths = Get(v, "timeToHireMonths", o.TimeToHireMonths),
            TimeToHireSpread = Get(v, "timeToHireSpread", o.TimeToHireSpread),
            RampUpMonths = Get(v, "rampUpMonths", o.RampUpMonths),
            RampUpProductivity = Get(v, "rampUpProductivity", o.RampUpProductivity),
            DelayCostPerMonth = Get(v, "delayCostPerMonth", o.DelayCostPerMonth),
        };
    }

    private static double Get(Dictionary<string, double> values, string key, double fallback) =>
        values.TryGetValue(key, out var value) ? value : fallback;

    // Out-of-range heads are reported by CostScenario.Create; clamp so the conversion itself never throws.
    private static int Whole(double value) => (int)Math.Clamp(Math.Round(value), int.MinValue, int.MaxValue);
}
