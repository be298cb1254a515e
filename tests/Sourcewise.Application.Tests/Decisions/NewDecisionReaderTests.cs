using Sourcewise.Application.Decisions;

namespace Sourcewise.Application.Tests.Decisions;

/// <summary>The body of a decision to save: every problem named by its field.</summary>
public sealed class NewDecisionReaderTests
{
    [Fact]
    public void A_full_request_reads()
    {
        var read = NewDecisionReader.Read("""
            { "title": " Core ", "profile": { "name": "Core", "stage": "seed" }, "reviewBy": "2027-01-31", "status": "accepted",
              "costScenario": { "horizonMonths": 12, "options": { "inHouse": { "heads": 1, "annualSalary": 100000 } } } }
            """);

        read.Success.ShouldBeTrue(string.Join("; ", read.Diagnostics));
        read.Value!.Title.ShouldBe("Core");
        read.Value.ReviewBy.ShouldBe(new DateOnly(2027, 1, 31));
        read.Value.Status.ShouldBe("accepted");
        read.Value.CostScenarioJson.ShouldNotBeNull();
    }

    [Fact]
    public void Every_bad_field_is_named_with_its_path()
    {
        var read = NewDecisionReader.Read("""
            { "title": "", "profile": { "name": "Core", "stage": "series-z" }, "reviewBy": "soon", "status": "maybe",
              "costScenario": { "horizonMonths": 500 }, "chosen": "x" }
            """);

        read.Success.ShouldBeFalse();
        read.Diagnostics.Select(d => d.Location!.Field).ShouldBe(
            ["chosen", "title", "profile.stage", "costScenario.horizonMonths", "costScenario.options", "reviewBy", "status"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("\"text\"")]
    public void What_is_not_an_object_is_named_as_the_body(string json) =>
        NewDecisionReader.Read(json).Diagnostics.ShouldHaveSingleItem().Location!.Field.ShouldBe("body");
}
