namespace Sourcewise.CostModel.Simulation;

/// <summary>Draws a lognormal multiplier with mean 1 and a given coefficient of variation by inversion of one uniform:
/// a 4,096-interval table of the inverse CDF with linear interpolation for the central 99.8%, the exact inverse in
/// the outer 0.1% on each side. Interpolation keeps the draw monotone in the uniform; its largest relative error
/// (near the table's ends) is 0.09% at a coefficient of variation of 0.5, 0.17% at 1 and 0.47% at 5. Immutable,
/// shared by threads.</summary>
internal sealed class LognormalTable
{
    private const int Intervals = 4096;
    private const double Edge = 0.001;
    private const double Scale = Intervals / (1 - 2 * Edge);
    private readonly double[] _nodes = new double[Intervals + 1];
    private readonly double _sigma;
    private readonly double _shift;

    public LognormalTable(double cv)
    {
        var sigma2 = Math.Log(1 + cv * cv);
        _sigma = Math.Sqrt(sigma2);
        _shift = -sigma2 / 2;
        for (var i = 0; i <= Intervals; i++)
        {
            _nodes[i] = Exact(Edge + i / Scale);
        }
    }

    public double Exact(double u) => Math.Exp(_sigma * Distributions.InverseNormal(u) + _shift);

    public double Sample(double u)
    {
        if (u < Edge || u > 1 - Edge)
        {
            return Exact(u);
        }

        var x = (u - Edge) * Scale;
        var i = Math.Min((int)x, Intervals - 1);
        var frac = x - i;
        return _nodes[i] + frac * (_nodes[i + 1] - _nodes[i]);
    }
}
