using System.Text.Json;
using Sourcewise.Reports.Json;

namespace Sourcewise.Reports.Tests.Json;

public sealed class CostJsonTests
{
    [Fact]
    public void The_json_has_the_interface_keys_for_every_option()
    {
        var result = CostResults.Example();

        using var json = JsonDocument.Parse(CostJson.Write(result));
        var root = json.RootElement;

        root.GetProperty("trials").GetInt32().ShouldBe(3000);
        root.GetProperty("seed").GetInt64().ShouldBe(5);
        root.GetProperty("horizonMonths").GetInt32().ShouldBe(24);
        root.GetProperty("currency").GetString().ShouldBe("USD");
        var options = root.GetProperty("options");
        options.EnumerateObject().Select(p => p.Name)
            .ShouldBe(["staffAugmentation", "projectOutsourcing", "managedServices", "inHouse"]);
        foreach (var option in options.EnumerateObject())
        {
            var o = option.Value;
            var p10 = o.GetProperty("p10").GetDouble();
            var p50 = o.GetProperty("p50").GetDouble();
            var p90 = o.GetProperty("p90").GetDouble();
            (p10 <= p50 && p50 <= p90).ShouldBeTrue(option.Name);
            o.GetProperty("mean").GetDouble().ShouldBeGreaterThan(0);
            o.GetProperty("probabilityCheapest").GetDouble().ShouldBeInRange(0, 1);
            o.GetProperty("arithmeticTotal").GetDouble().ShouldBeGreaterThan(0);
            var monthly = o.GetProperty("monthly").EnumerateArray().ToList();
            monthly.Count.ShouldBe(24);
            monthly[0].EnumerateObject().Select(p => p.Name).ShouldBe(["month", "p10", "p50", "p90"]);
            monthly[^1].GetProperty("p50").GetDouble().ShouldBe(p50);
            o.GetProperty("breakEven").EnumerateObject().Count().ShouldBe(3);
            o.GetProperty("drivers").GetArrayLength().ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public void A_break_even_that_never_comes_is_null()
    {
        var result = CostResults.Example();

        using var json = JsonDocument.Parse(CostJson.Write(result));

        // In-house costs more than managed services at the end of the horizon, so it never breaks even with it.
        json.RootElement.GetProperty("options").GetProperty("inHouse").GetProperty("breakEven")
            .GetProperty("managedServices").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
