namespace Sourcewise.CostModel.Simulation;

/// <summary>In-house: each hire starts after a lognormal time to hire; from then the loaded salary is paid (and the
/// recruiting cost in the start month); until then the head's share of the delay cost is charged, and during ramp-up
/// the missing share of it.</summary>
internal sealed class InHouseModel : OptionModel
{
    private readonly InHouseOption _o;
    private readonly double _loadedMonthly;
    private readonly double _delayPerHead;
    private readonly ulong _stream;

    public InHouseModel(InHouseOption o, int horizonMonths, long seed) : base(horizonMonths)
    {
        _o = o;
        _loadedMonthly = o.AnnualSalary * o.LoadedCostMultiplier / 12;
        _delayPerHead = o.DelayCostPerMonth / o.Heads;
        _stream = Rng.StreamKey(seed, (int)CostOptionKind.InHouse, 0);
    }

    public override void Sample(long trial, Span<double> monthly)
    {
        monthly.Clear();
        var uncertain = _o.TimeToHireMonths > 0 && _o.TimeToHireSpread > 0;
        var rng = uncertain ? new Rng(Rng.TrialSeed(_stream, trial)) : default;
        for (var i = 0; i < _o.Heads; i++)
        {
            var start = uncertain
                ? _o.TimeToHireMonths * Distributions.LognormalMultiplier(_o.TimeToHireSpread, rng.NextNormal())
                : _o.TimeToHireMonths;
            AddHire(monthly, start);
        }
    }

    public override void Expected(Span<double> monthly)
    {
        monthly.Clear();
        for (var i = 0; i < _o.Heads; i++)
        {
            AddHire(monthly, _o.TimeToHireMonths);
        }
    }

    private void AddHire(Span<double> monthly, double start)
    {
        var h = monthly.Length;
        start = Math.Min(start, h);
        MonthSpan.Add(monthly, _delayPerHead, 0, start);
        MonthSpan.Add(monthly, _loadedMonthly, start, h);
        MonthSpan.Add(monthly, _delayPerHead * (1 - _o.RampUpProductivity), start, start + _o.RampUpMonths);
        if (start < h)
        {
            monthly[(int)Math.Floor(start)] += _o.RecruitingCostPerHire;
        }
    }
}
