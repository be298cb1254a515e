namespace Sourcewise.CostModel.Simulation;

/// <summary>Fixed-bin histograms of cumulative cost, one per (option, month), with an underflow and an overflow bin
/// and the exact minimum and maximum. Bin edges are fixed before the run (from a pilot), so per-thread histograms
/// merge by adding integer counts: the merged result does not depend on how trials were split across threads.</summary>
internal sealed class BandHistograms
{
    public const int Bins = 1024;
    private const int Stride = Bins + 2;

    private readonly double[] _lo;
    private readonly double[] _invWidth;
    private readonly double[] _width;

    public BandHistograms(double[] pilotMin, double[] pilotMax)
    {
        var cells = pilotMin.Length;
        _lo = new double[cells];
        _width = new double[cells];
        _invWidth = new double[cells];
        for (var c = 0; c < cells; c++)
        {
            // Widen the pilot's range by a quarter on each side; anything beyond lands in the outer bins, whose values
            // are interpolated between the edge and the exact extreme.
            var span = pilotMax[c] - pilotMin[c];
            if (span <= 0)
            {
                span = Math.Max(Math.Abs(pilotMax[c]) * 1e-6, 1e-6);
            }

            _lo[c] = pilotMin[c] - span / 4;
            _width[c] = span * 1.5 / Bins;
            _invWidth[c] = 1 / _width[c];
        }
    }

    public int Cells => _lo.Length;

    public Accumulator CreateAccumulator() => new(this);

    /// <summary>Counts for one thread.</summary>
    internal sealed class Accumulator
    {
        private readonly BandHistograms _owner;

        public Accumulator(BandHistograms owner)
        {
            _owner = owner;
            Counts = new int[owner.Cells * Stride];
            Min = new double[owner.Cells];
            Max = new double[owner.Cells];
            Array.Fill(Min, double.PositiveInfinity);
            Array.Fill(Max, double.NegativeInfinity);
        }

        public int[] Counts { get; }

        public double[] Min { get; }

        public double[] Max { get; }

        /// <summary>Adds one trial's months as cumulative values to the cells of one option; returns the total.</summary>
        public double AddCumulative(int cellBase, ReadOnlySpan<double> monthly)
        {
            unchecked
            {
                var lo = _owner._lo;
                var inv = _owner._invWidth;
                var counts = Counts;
                var min = Min;
                var max = Max;
                double cumulative = 0;
                for (var m = 0; m < monthly.Length; m++)
                {
                    cumulative += monthly[m];
                    var cell = cellBase + m;
                    var x = (cumulative - lo[cell]) * inv[cell];
                    var bin = x < 0 ? 0 : x >= Bins ? Bins + 1 : (int)x + 1;
                    counts[cell * Stride + bin]++;
                    if (cumulative < min[cell])
                    {
                        min[cell] = cumulative;
                    }

                    if (cumulative > max[cell])
                    {
                        max[cell] = cumulative;
                    }
                }

                return cumulative;
            }
        }

        public void MergeFrom(Accumulator other)
        {
            for (var i = 0; i < Counts.Length; i++)
            {
                Counts[i] += other.Counts[i];
            }

            for (var c = 0; c < Min.Length; c++)
            {
                Min[c] = Math.Min(Min[c], other.Min[c]);
                Max[c] = Math.Max(Max[c], other.Max[c]);
            }
        }

        /// <summary>The q-quantile (type 7 rank, linear inside a bin), clamped to the exact extremes.</summary>
        public double Quantile(int cell, double q)
        {
            var offset = cell * Stride;
            long total = 0;
            for (var i = 0; i < Stride; i++)
            {
                total += Counts[offset + i];
            }

            if (total == 0)
            {
                return double.NaN;
            }

            var min = Min[cell];
            var max = Max[cell];
            var rank = q * (total - 1);
            double before = 0;
            for (var i = 0; i < Stride; i++)
            {
                var count = Counts[offset + i];
                if (count == 0 || before + count <= rank)
                {
                    before += count;
                    continue;
                }

                double lo, width;
                if (i == 0)
                {
                    lo = min;
                    width = _owner._lo[cell] - min;
                }
                else if (i == Stride - 1)
                {
                    lo = _owner._lo[cell] + Bins * _owner._width[cell];
                    width = max - lo;
                }
                else
                {
                    lo = _owner._lo[cell] + (i - 1) * _owner._width[cell];
                    width = _owner._width[cell];
                }

                var value = lo + (rank - before + 0.5) / count * width;
                return Math.Clamp(value, min, max);
            }

            return max;
        }
    }
}
