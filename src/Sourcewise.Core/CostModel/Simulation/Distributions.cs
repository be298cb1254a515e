namespace Sourcewise.CostModel.Simulation;

/// <summary>The distributions the cost model samples, all by inversion so a larger rate never gives fewer events
/// for the same uniform (what makes "higher volatility never cheapens outsourcing" hold trial by trial).</summary>
internal static class Distributions
{
    /// <summary>Standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9).</summary>
    public static double InverseNormal(double p)
    {
        const double pLow = 0.02425, pHigh = 1 - pLow;
        double q, r;
        if (p < pLow)
        {
            q = Math.Sqrt(-2 * Math.Log(p));
            return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
                - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                + 3.754408661907416e+00) * q + 1);
        }

        if (p <= pHigh)
        {
            q = p - 0.5;
            r = q * q;
            return (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
                + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
                / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
                + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1);
        }

        q = Math.Sqrt(-2 * Math.Log(1 - p));
        return -(((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
            - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
            / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
            + 3.754408661907416e+00) * q + 1);
    }

    /// <summary>Cumulative probabilities of a Poisson(<paramref name="rate"/>) count, up to where the tail is below
    /// 1e-16 (or 4,096 values).</summary>
    public static double[] PoissonCdf(double rate)
    {
        if (rate <= 0)
        {
            return [1.0];
        }

        var cdf = new List<double>();
        var p = Math.Exp(-rate);
        var sum = p;
        cdf.Add(sum);
        for (var k = 1; k < 4096 && (sum < 1 - 1e-16 || k < rate); k++)
        {
            p *= rate / k;
            sum += p;
            cdf.Add(sum);
            if (p == 0 && k > rate)
            {
                break;
            }
        }

        return [.. cdf];
    }

    /// <summary>Cumulative probabilities of a Binomial(<paramref name="n"/>, <paramref name="p"/>) count.</summary>
    public static double[] BinomialCdf(int n, double p)
    {
        if (p <= 0 || n == 0)
        {
            return [1.0];
        }

        if (p >= 1)
        {
            var all = new double[n + 1];
            all[n] = 1;
            return all;
        }

        // Work in logs so large n does not underflow the first term.
        var cdf = new double[n + 1];
        var logP = Math.Log(p);
        var logQ = Math.Log(1 - p);
        double sum = 0;
        var logTerm = n * logQ;
        for (var k = 0; k <= n; k++)
        {
            if (k > 0)
            {
                logTerm += Math.Log((double)(n - k + 1) / k) + logP - logQ;
            }

            sum += Math.Exp(logTerm);
            cdf[k] = sum;
        }

        return cdf;
    }

    /// <summary>The count whose cumulative probability first reaches <paramref name="u"/> (inversion).</summary>
    public static int Invert(double[] cdf, double u)
    {
        var k = 0;
        var last = cdf.Length - 1;
        while (k < last && u > cdf[k])
        {
            k++;
        }

        return k;
    }

    /// <summary>A lognormal multiplier with mean 1 and coefficient of variation <paramref name="cv"/>, from a
    /// standard normal.</summary>
    public static double LognormalMultiplier(double cv, double z)
    {
        var sigma2 = Math.Log(1 + cv * cv);
        return Math.Exp(Math.Sqrt(sigma2) * z - sigma2 / 2);
    }
}
