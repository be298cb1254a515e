using Sourcewise.Profiles;

namespace Sourcewise.Core.Tests.Profiles;

public sealed class WorkProfileBuilderTests
{
    [Fact]
    public void A_valid_profile_builds_with_every_value_decoded()
    {
        var builder = new WorkProfileBuilder();
        builder.Set("name", "Payroll").ShouldBeTrue();
        builder.Set("requirementVolatility", "High").ShouldBeTrue();
        builder.Set("durationMonths", "12").ShouldBeTrue();
        builder.Set("ongoing", "false").ShouldBeTrue();

        var profile = builder.Build().GetValueOrThrow();

        profile.Name.ShouldBe("Payroll");
        profile.GetJsonValue(ProfileFields.RequirementVolatility).ShouldBe("high");
        profile.GetJsonValue(ProfileFields.DurationMonths).ShouldBe(12);
        profile.GetJsonValue(ProfileFields.Ongoing).ShouldBe(false);
        profile.IsKnown(ProfileFields.Stage).ShouldBeFalse();
    }

    [Fact]
    public void An_unknown_key_is_named_with_a_suggestion()
    {
        var builder = new WorkProfileBuilder();
        builder.Set("name", "x");
        builder.Set("requirementVolatilty", "high").ShouldBeFalse();

        var result = builder.Build();

        result.Success.ShouldBeFalse();
        var error = result.Diagnostics.Single();
        error.Code.ShouldBe("unknown-key");
        error.Message.ShouldContain("did you mean 'requirementVolatility'?");
        error.Location!.Field.ShouldBe("requirementVolatilty");
    }

    [Theory]
    [InlineData("stage", "series-d", "accepted: pre-seed, seed, series-a")]
    [InlineData("durationMonths", "100000", "out of range")]
    [InlineData("durationMonths", "-1", "out of range")]
    [InlineData("durationMonths", "twelve", "not a whole number")]
    [InlineData("ongoing", "maybe", "not a boolean")]
    public void A_bad_value_lists_what_is_accepted(string key, string value, string expected)
    {
        var builder = new WorkProfileBuilder();
        builder.Set("name", "x");
        builder.Set(key, value).ShouldBeFalse();

        var error = builder.Build().Diagnostics.Single();

        error.Code.ShouldBe("invalid-value");
        error.Message.ShouldContain(expected);
        error.Location!.Field.ShouldBe(key);
    }

    [Fact]
    public void A_missing_name_is_an_error_but_missing_answers_are_not()
    {
        var result = new WorkProfileBuilder().Build();
        result.Success.ShouldBeFalse();
        result.Diagnostics.Single().Code.ShouldBe("missing-name");

        var builder = new WorkProfileBuilder();
        builder.Set("name", "only a name");
        var profile = builder.Build().GetValueOrThrow();
        profile.UnknownFields.Length.ShouldBe(ProfileFields.Answerable.Length);
    }

    [Fact]
    public void With_changes_one_answer_and_leaves_the_original_alone()
    {
        var original = WorkProfile.Empty("x").With(ProfileFields.WorkType, 1);
        var changed = original.With(ProfileFields.WorkType, 2);

        original.GetText(ProfileFields.WorkType).ShouldBe("project");
        changed.GetText(ProfileFields.WorkType).ShouldBe("operations");
        Should.Throw<ArgumentOutOfRangeException>(() => original.With(ProfileFields.WorkType, 3));
    }
}
