namespace Sourcewise.CostModel.Simulation;

/// <summary>Staff augmentation: a constant base (rate and management time per head), the first ramp-up, and
/// departure events (binomial per month over the positions) each followed by a gap and a replacement's ramp-up.</summary>
internal sealed class StaffAugmentationModel : OptionModel
{
    private const double WeeksPerMonth = 52.0 / 12.0;
    private readonly double[] _base;
    private readonly double[] _eventProfile;
    private readonly double[] _departuresCdf;
    private readonly double _expectedDepartures;
    private readonly ulong _stream;

    public StaffAugmentationModel(StaffAugmentationOption o, int horizonMonths, long seed) : base(horizonMonths)
    {
        var delay = o.EffectiveDelayCostPerHeadPerMonth;
        var rampExtra = (1 - o.RampUpProductivity) * delay;
        var baseRate = o.Heads * (o.MonthlyRatePerHead + o.ManagementHoursPerHeadPerMonth * o.ManagerHourlyCost);
        _base = new double[horizonMonths];
        for (var k = 0; k < horizonMonths; k++)
        {
            _base[k] = baseRate + o.Heads * rampExtra * MonthSpan.Overlap(0, o.RampUpMonths, k);
        }

        // A departure at the start of a month: the position is empty for the gap (rate not billed, capacity charged
        // at the delay cost), then the replacement ramps up.
        var gap = o.ReplacementWeeks / WeeksPerMonth;
        _eventProfile = new double[horizonMonths];
        MonthSpan.Add(_eventProfile, delay - o.MonthlyRatePerHead, 0, gap);
        MonthSpan.Add(_eventProfile, rampExtra, gap, gap + o.RampUpMonths);
        var perMonth = 1 - Math.Exp(-o.AttritionPerHeadPerYear / 12);
        _departuresCdf = Distributions.BinomialCdf(o.Heads, perMonth);
        _expectedDepartures = o.Heads * perMonth;
        _stream = Rng.StreamKey(seed, (int)CostOptionKind.StaffAugmentation, 0);
    }

    public override void Sample(long trial, Span<double> monthly)
    {
        _base.CopyTo(monthly);
        if (_expectedDepartures == 0)
        {
            return;
        }

        var rng = new Rng(Rng.TrialSeed(_stream, trial));
        var h = monthly.Length;
        for (var m = 0; m < h; m++)
        {
            var departures = Distributions.Invert(_departuresCdf, rng.NextOpenDouble());
            if (departures > 0)
            {
                AddEvents(monthly, m, departures);
            }
        }

        for (var m = 0; m < h; m++)
        {
            // Overlapping gaps of one position could refund more than its rate; a month never costs less than 0.
            monthly[m] = Math.Max(0, monthly[m]);
        }
    }

    public override void Expected(Span<double> monthly)
    {
        _base.CopyTo(monthly);
        if (_expectedDepartures == 0)
        {
            return;
        }

        for (var m = 0; m < monthly.Length; m++)
        {
            AddEvents(monthly, m, _expectedDepartures);
        }
    }

    private void AddEvents(Span<double> monthly, int month, double count)
    {
        for (var k = month; k < monthly.Length; k++)
        {
            monthly[k] += count * _eventProfile[k - month];
        }
    }
}
