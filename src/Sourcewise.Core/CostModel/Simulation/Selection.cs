namespace Sourcewise.CostModel.Simulation;

/// <summary>Type-7 percentiles of an unsorted array by selection (expected linear time) instead of a full sort.
/// The array is reordered in place. Order statistics do not depend on the algorithm, so the values equal those of
/// sorting exactly.</summary>
internal static class Selection
{
    /// <summary>Returns the p10, p50 and p90 of <paramref name="values"/> (reordered in place).</summary>
    public static (double P10, double P50, double P90) Deciles(double[] values)
    {
        // Select the median first, then look for the other two only in the half that holds them.
        var p50 = Percentile(values, 0.5, 0, values.Length);
        var mid = (int)Math.Floor(0.5 * (values.Length - 1));
        var p10 = Percentile(values, 0.1, 0, mid + 1);
        var p90 = Percentile(values, 0.9, mid, values.Length);
        return (p10, p50, p90);
    }

    /// <summary>The type-7 q-quantile of the whole array, searching only positions [from, to) (which must hold the
    /// needed order statistics, with everything before <paramref name="from"/> no larger and everything from
    /// <paramref name="to"/> no smaller).</summary>
    private static double Percentile(double[] a, double q, int from, int to)
    {
        var rank = q * (a.Length - 1);
        var lo = (int)Math.Floor(rank);
        var hi = Math.Min(lo + 1, a.Length - 1);
        Select(a, lo, from, to);
        var low = a[lo];
        if (hi == lo)
        {
            return low;
        }

        // After selecting lo, the next order statistic is the smallest value to its right.
        var high = double.PositiveInfinity;
        for (var i = lo + 1; i < Math.Max(to, hi + 1) && i < a.Length; i++)
        {
            high = Math.Min(high, a[i]);
        }

        return low == high ? low : low + (rank - lo) * (high - low);
    }

    /// <summary>Places the k-th smallest value at index k, smaller-or-equal values before it, larger-or-equal after
    /// it, within [left, right).</summary>
    private static void Select(double[] a, int k, int left, int right)
    {
        right--;
        while (right > left)
        {
            // Median of three as pivot: deterministic, and robust to sorted or constant input.
            var middle = left + ((right - left) >> 1);
            if (a[middle] < a[left])
            {
                (a[middle], a[left]) = (a[left], a[middle]);
            }

            if (a[right] < a[left])
            {
                (a[right], a[left]) = (a[left], a[right]);
            }

            if (a[right] < a[middle])
            {
                (a[right], a[middle]) = (a[middle], a[right]);
            }

            var pivot = a[middle];
            var i = left;
            var j = right;
            while (i <= j)
            {
                while (a[i] < pivot)
                {
                    i++;
                }

                while (a[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return;
            }
        }
    }
}
