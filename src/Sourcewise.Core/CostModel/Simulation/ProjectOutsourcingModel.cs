namespace Sourcewise.CostModel.Simulation;

/// <summary>Project outsourcing: fixed-bid instalments, Poisson change requests per delivery month (rate scaled by
/// volatility) each costing a lognormal amount with the premium, and knowledge transfer in the last delivery month.
/// Counts and costs come from two streams, and the i-th change request of a trial always gets the i-th cost draw, so
/// a higher rate adds change requests without changing the others.</summary>
internal sealed class ProjectOutsourcingModel : OptionModel
{
    private readonly double[] _base;
    private readonly double[] _countCdf;
    private readonly double _rate;
    private readonly int _deliveryInHorizon;
    private readonly double _requestCost;
    private readonly LognormalTable? _spread;
    private readonly ulong _countStream;
    private readonly ulong _costStream;

    public ProjectOutsourcingModel(ProjectOutsourcingOption o, int horizonMonths, CostVolatility volatility, long seed)
        : base(horizonMonths)
    {
        var delivery = o.DeliveryMonths ?? horizonMonths;
        _deliveryInHorizon = Math.Min(delivery, horizonMonths);
        _base = new double[horizonMonths];
        for (var k = 0; k < _deliveryInHorizon; k++)
        {
            _base[k] = o.FixedBid / delivery;
        }

        if (delivery <= horizonMonths)
        {
            _base[delivery - 1] += o.KnowledgeTransferCost;
        }

        _requestCost = o.ChangeRequestCost * (1 + o.ChangeRequestPremium);
        _rate = _requestCost == 0 ? 0 : o.ChangeRequestsPerMonth * volatility.ChangeRequestFactor();
        _countCdf = Distributions.PoissonCdf(_rate);
        _spread = o.ChangeRequestCostSpread > 0 ? new LognormalTable(o.ChangeRequestCostSpread) : null;
        _countStream = Rng.StreamKey(seed, (int)CostOptionKind.ProjectOutsourcing, 0);
        _costStream = Rng.StreamKey(seed, (int)CostOptionKind.ProjectOutsourcing, 1);
    }

    public override void Sample(long trial, Span<double> monthly)
    {
        _base.CopyTo(monthly);
        if (_rate == 0)
        {
            return;
        }

        var counts = new Rng(Rng.TrialSeed(_countStream, trial));
        var costs = new Rng(Rng.TrialSeed(_costStream, trial));
        for (var m = 0; m < _deliveryInHorizon; m++)
        {
            var n = Distributions.Invert(_countCdf, counts.NextOpenDouble());
            for (var i = 0; i < n; i++)
            {
                monthly[m] += _spread is null ? _requestCost : _requestCost * _spread.Sample(costs.NextOpenDouble());
            }
        }
    }

    public override void Expected(Span<double> monthly)
    {
        _base.CopyTo(monthly);
        if (_rate == 0)
        {
            return;
        }

        for (var m = 0; m < _deliveryInHorizon; m++)
        {
            monthly[m] += _rate * _requestCost;
        }
    }
}
