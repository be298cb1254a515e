using Sourcewise.Cli.Infrastructure;


namespace Sourcewise.Cli.Tests.Interactive;

public sealed class InteractiveAssessTests
{
    [Fact]
    public async Task On_a_terminal_without_a_file_the_questions_are_asked_and_the_result_shown()
    {
        // Name typed, then Enter on every question (the defaults), except workType: down twice to 'operations'.
        var keys = new List<ConsoleKeyInfo>();
        keys.AddRange(ScriptedConsole.Text("Ops"));
        keys.Add(ScriptedConsole.Key(ConsoleKey.Enter));
        foreach (var field in Sourcewise.Profiles.ProfileFields.Answerable)
        {
            if (field.Key == "workType")
            {
                keys.Add(ScriptedConsole.Key(ConsoleKey.DownArrow));
                keys.Add(ScriptedConsole.Key(ConsoleKey.DownArrow));
            }

            keys.Add(ScriptedConsole.Key(ConsoleKey.Enter));
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var console = new ScriptedConsole(output, keys);
        var env = new CliEnvironment(console, output, error, () => Stream.Null, isInteractive: true);

        var exit = await SourcewiseCli.RunAsync(["assess"], env);

        exit.ShouldBe(0, error.ToString());
        var text = output.ToString();
        text.ShouldContain("How often do the requirements change?");
        text.ShouldContain("One of the two deciding variables");
        text.ShouldContain("workType: operations");
        text.ShouldContain("requirementVolatility: medium");
        text.ShouldContain("stage: don't know");
        text.ShouldContain("Recommendation:");
        text.ShouldContain("To find out:");
    }

    [Fact]
    public async Task A_terminal_without_cursor_control_gets_typed_questions_instead_of_arrow_key_lists()
    {
        var keys = new List<ConsoleKeyInfo>();
        keys.AddRange(ScriptedConsole.Text("Ops"));
        keys.Add(ScriptedConsole.Key(ConsoleKey.Enter));
        foreach (var field in Sourcewise.Profiles.ProfileFields.Answerable)
        {
            if (field.Key == "workType")
            {
                keys.AddRange(ScriptedConsole.Text("operations"));
            }

            keys.Add(ScriptedConsole.Key(ConsoleKey.Enter));
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var env = new CliEnvironment(new ScriptedConsole(output, keys, ansi: false), output, error, () => Stream.Null, isInteractive: true);

        var exit = await SourcewiseCli.RunAsync(["assess"], env);

        exit.ShouldBe(0, error.ToString());
        output.ToString().ShouldContain("workType: operations");
        output.ToString().ShouldContain("Recommendation:");
    }
}
