using FsCheck.Xunit;
using Sourcewise.CostModel;
using Sourcewise.CostModel.Simulation;

namespace Sourcewise.Core.Tests.CostModel;

public sealed class SelectionTests
{
    [Property(MaxTest = 300)]
    public bool Selection_gives_exactly_the_percentiles_of_a_sorted_copy(int seed, ushort length, byte distinct)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, 1 + length % 3000)
            .Select(_ => (double)random.Next(1 + distinct % 50) * 1.5 + (distinct > 200 ? random.NextDouble() : 0))
            .ToArray();
        var sorted = values.Order().ToArray();

        var (p10, p50, p90) = Selection.Deciles(values);

        return p10 == CostSimulator.Percentile(sorted, 0.1) && p50 == CostSimulator.Percentile(sorted, 0.5) &&
            p90 == CostSimulator.Percentile(sorted, 0.9);
    }

    [Fact]
    public void Selection_handles_sorted_reversed_and_constant_input()
    {
        var ascending = Enumerable.Range(0, 1001).Select(i => (double)i).ToArray();

        Selection.Deciles([.. ascending]).ShouldBe((100.0, 500.0, 900.0));
        Selection.Deciles([.. ascending.Reverse()]).ShouldBe((100.0, 500.0, 900.0));
        Selection.Deciles(Enumerable.Repeat(7.0, 999).ToArray()).ShouldBe((7.0, 7.0, 7.0));
        Selection.Deciles([3.0]).ShouldBe((3.0, 3.0, 3.0));
        Selection.Deciles([4.0, 2.0]).ShouldBe((2.2, 3.0, 3.8));
    }
}
