namespace Sourcewise.CostModel.Simulation;

/// <summary>In-house: each hire starts after a lognormal time to hire; from then the loaded salary is paid (and the
/// recruiting cost in the start month); until then the head's share of the delay cost is charged, and during ramp-up
/// the missing share of it. Each rate that switches on or off at a point in time is booked pro rata into that month
/// and as a step into the following months, so a hire costs O(1) and a trial O(heads + months).</summary>
internal sealed class InHouseModel : OptionModel
{
    private readonly InHouseOption _o;
    private readonly double _loadedMonthly;
    private readonly double _delayPerHead;
    private readonly double _rampDelay;
    private readonly LognormalTable? _timeToHire;
    private readonly ulong _stream;

    public InHouseModel(InHouseOption o, int horizonMonths, long seed) : base(horizonMonths)
    {
        _o = o;
        _loadedMonthly = o.AnnualSalary * o.LoadedCostMultiplier / 12;
        _delayPerHead = o.DelayCostPerMonth / o.Heads;
        _rampDelay = _delayPerHead * (1 - o.RampUpProductivity);
        _timeToHire = o.TimeToHireMonths > 0 && o.TimeToHireSpread > 0 ? new LognormalTable(o.TimeToHireSpread) : null;
        _stream = Rng.StreamKey(seed, (int)CostOptionKind.InHouse, 0);
    }

    public override void Sample(long trial, Span<double> monthly)
    {
        Span<double> steps = stackalloc double[monthly.Length + 1];
        steps.Clear();
        monthly.Clear();
        var rng = _timeToHire is null ? default : new Rng(Rng.TrialSeed(_stream, trial));
        for (var i = 0; i < _o.Heads; i++)
        {
            var start = _timeToHire is null
                ? _o.TimeToHireMonths
                : _o.TimeToHireMonths * _timeToHire.Sample(rng.NextOpenDouble());
            AddHire(monthly, steps, start);
        }

        Finish(monthly, steps);
    }

    public override void Expected(Span<double> monthly)
    {
        Span<double> steps = stackalloc double[monthly.Length + 1];
        steps.Clear();
        monthly.Clear();
        for (var i = 0; i < _o.Heads; i++)
        {
            AddHire(monthly, steps, _o.TimeToHireMonths);
        }

        Finish(monthly, steps);
    }

    private void AddHire(Span<double> monthly, Span<double> steps, double start)
    {
        var h = monthly.Length;
        start = Math.Min(start, h);
        // Delay over [0, start) = delay from 0 minus delay from start; ramp-up = ramp from start minus from start + u.
        From(monthly, steps, _delayPerHead, 0);
        From(monthly, steps, -_delayPerHead, start);
        From(monthly, steps, _loadedMonthly, start);
        if (_o.RampUpMonths > 0)
        {
            From(monthly, steps, _rampDelay, start);
            From(monthly, steps, -_rampDelay, start + _o.RampUpMonths);
        }

        if (start < h)
        {
            monthly[(int)start] += _o.RecruitingCostPerHire;
        }
    }

    /// <summary>Books <paramref name="rate"/> per month from time <paramref name="t"/> to the end of the horizon.</summary>
    private static void From(Span<double> monthly, Span<double> steps, double rate, double t)
    {
        if (rate == 0 || t >= monthly.Length)
        {
            return;
        }

        var f = (int)t;
        monthly[f] += rate * (f + 1 - t);
        steps[f + 1] += rate;
    }

    private static void Finish(Span<double> monthly, ReadOnlySpan<double> steps)
    {
        double running = 0;
        for (var m = 0; m < monthly.Length; m++)
        {
            running += steps[m];
            monthly[m] += running;
        }
    }
}
