using Sourcewise.CostModel.Simulation;

namespace Sourcewise.Core.Tests.CostModel;

public sealed class DistributionsTests
{
    [Theory]
    [InlineData(0.5, 0.001)]
    [InlineData(1.0, 0.002)]
    [InlineData(5.0, 0.005)]
    public void The_lognormal_table_stays_close_to_the_exact_inverse_and_monotone(double cv, double tolerance)
    {
        var table = new LognormalTable(cv);
        var worst = 0.0;
        var previous = 0.0;
        for (var i = 1; i < 200_000; i++)
        {
            var u = i / 200_000.0;
            var sample = table.Sample(u);
            worst = Math.Max(worst, Math.Abs(sample / table.Exact(u) - 1));
            sample.ShouldBeGreaterThanOrEqualTo(previous);
            previous = sample;
        }

        worst.ShouldBeLessThan(tolerance);
    }

    [Fact]
    public void The_lognormal_multiplier_has_mean_one()
    {
        var table = new LognormalTable(0.5);
        var rng = new Rng(3);
        double sum = 0;
        const int n = 400_000;
        for (var i = 0; i < n; i++)
        {
            sum += table.Sample(rng.NextOpenDouble());
        }

        (sum / n).ShouldBe(1.0, 0.005);
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.3)]
    [InlineData(0.975)]
    public void The_inverse_normal_matches_known_quantiles(double p)
    {
        var expected = p switch { 0.001 => -3.090232306, 0.3 => -0.524400513, _ => 1.959963985 };

        Distributions.InverseNormal(p).ShouldBe(expected, 1e-8);
    }

    [Fact]
    public void Poisson_and_binomial_inversion_give_the_right_means()
    {
        var poisson = Distributions.PoissonCdf(1.5);
        var binomial = Distributions.BinomialCdf(4, 0.0125);
        var rng = new Rng(9);
        double p = 0, b = 0;
        const int n = 400_000;
        for (var i = 0; i < n; i++)
        {
            p += Distributions.Invert(poisson, rng.NextOpenDouble());
            b += Distributions.Invert(binomial, rng.NextOpenDouble());
        }

        (p / n).ShouldBe(1.5, 0.01);
        (b / n).ShouldBe(0.05, 0.002);
    }
}
