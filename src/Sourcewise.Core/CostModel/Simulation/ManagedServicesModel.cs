namespace Sourcewise.CostModel.Simulation;

/// <summary>Managed services: the setup fee in month 1, then units × tiered price each month, with units compounding
/// at a growth rate drawn once per trial from a normal around the stated rate (clamped to -99%..+100% a month).</summary>
internal sealed class ManagedServicesModel : OptionModel
{
    private readonly ManagedServicesOption _o;
    private readonly double[] _tierFrom;
    private readonly double[] _tierPrice;
    private readonly double _growthSd;
    private readonly ulong _stream;

    public ManagedServicesModel(ManagedServicesOption o, int horizonMonths, long seed) : base(horizonMonths)
    {
        _o = o;
        _tierFrom = [.. o.Tiers.Select(t => t.FromUnits)];
        _tierPrice = [.. o.Tiers.Select(t => t.UnitPricePerMonth)];
        _growthSd = Math.Abs(o.UnitGrowthPerMonth) * o.UnitGrowthSpread;
        _stream = Rng.StreamKey(seed, (int)CostOptionKind.ManagedServices, 0);
    }

    public override void Sample(long trial, Span<double> monthly)
    {
        var growth = _o.UnitGrowthPerMonth;
        if (_growthSd > 0)
        {
            var rng = new Rng(Rng.TrialSeed(_stream, trial));
            // Floored at -99% and capped at +100% a month, so units stay positive and finite over 120 months.
            growth = Math.Clamp(growth + _growthSd * rng.NextNormal(), -0.99, 1.0);
        }

        Fill(monthly, growth);
    }

    public override void Expected(Span<double> monthly) => Fill(monthly, _o.UnitGrowthPerMonth);

    /// <summary>The monthly fee for a number of units.</summary>
    internal double Fee(double units)
    {
        if (_tierFrom.Length == 0 || units < _tierFrom[0])
        {
            return units * _o.UnitPricePerMonth;
        }

        if (_o.TierPricing == TierPricing.Volume)
        {
            var t = _tierFrom.Length - 1;
            while (units < _tierFrom[t])
            {
                t--;
            }

            return units * _tierPrice[t];
        }

        var fee = _tierFrom[0] * _o.UnitPricePerMonth;
        for (var t = 0; t < _tierFrom.Length && units > _tierFrom[t]; t++)
        {
            var upper = t + 1 < _tierFrom.Length ? Math.Min(units, _tierFrom[t + 1]) : units;
            fee += (upper - _tierFrom[t]) * _tierPrice[t];
        }

        return fee;
    }

    private void Fill(Span<double> monthly, double growth)
    {
        var units = _o.Units;
        for (var m = 0; m < monthly.Length; m++)
        {
            if (m > 0)
            {
                units *= 1 + growth;
            }

            monthly[m] = Fee(units);
        }

        monthly[0] += _o.SetupFee;
    }
}
