using Sourcewise.Signals;

namespace Sourcewise.Core.Tests.Signals;

public sealed class ClauseFilterTests
{
    [Theory]
    [InlineData("1. Definitions .......... 3", true)]
    [InlineData("Schedule A _____ 12  ", true)]
    [InlineData("Term . . . . 4\n", true)]
    [InlineData("Payment ……… ٣", true)]
    [InlineData("The fee is 12.", false)]
    [InlineData("Contents .......... iv", false)]
    [InlineData("", false)]
    public void A_dot_leader_is_found_with_or_without_the_quick_test(string line, bool expected)
    {
        ClauseFilter.IsDotLeader(line).ShouldBe(expected);
        ClauseFilter.DotLeader().IsMatch(line).ShouldBe(expected);
    }

    [Theory]
    [InlineData("\"Services\" means the services in the SOW.", true)]
    [InlineData("1.2 “Deliverable” shall mean any work product.", true)]
    [InlineData("(a) ‘Fees’ has the meaning in Schedule 2.", true)]
    [InlineData("The Services means the services in the SOW.", false)]
    public void A_definition_is_found_with_or_without_the_quick_test(string line, bool expected)
    {
        ClauseFilter.IsDefinition(line).ShouldBe(expected);
        ClauseFilter.Definition().IsMatch(line).ShouldBe(expected);
    }

    [SkippableFact]
    public void The_quick_tests_never_change_the_answer_on_the_corpus()
    {
        foreach (var line in CorpusLines.Require())
        {
            ClauseFilter.IsDotLeader(line).ShouldBe(ClauseFilter.DotLeader().IsMatch(line), line);
            ClauseFilter.IsDefinition(line).ShouldBe(ClauseFilter.Definition().IsMatch(line), line);
        }
    }
}
