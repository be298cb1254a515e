using Sourcewise.Cli.Infrastructure;
using Sourcewise.Profiles;

namespace Sourcewise.Cli.Tests.Interactive;

public sealed class InteractiveAssessTests
{
    [Fact]
    public async Task On_a_terminal_without_a_file_the_questions_are_asked_and_the_result_shown()
    {
        // Name typed, then Enter on every question (the defaults), except workType: down three times, past "don't
        // know", 'product' and 'project', to 'operations'.
        var keys = new List<ConsoleKeyInfo>();
        keys.AddRange(ScriptedConsole.Text("Ops"));
        keys.Add(ScriptedConsole.Key(ConsoleKey.Enter));
        foreach (var field in Sourcewise.Profiles.ProfileFields.Answerable)
        {
            if (field.Key == "workType")
            {
                keys.Add(ScriptedConsole.Key(ConsoleKey.DownArrow));
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
        text.ShouldContain("requirementVolatility: don't know");
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

    [Fact]
    public async Task Enter_through_every_question_answers_nothing_and_gives_the_same_result_as_a_name_only_profile()
    {
        // Given: Enter on the name (its default) and on every question
        var keys = new List<ConsoleKeyInfo> { ScriptedConsole.Key(ConsoleKey.Enter) };
        keys.AddRange(ProfileFields.Answerable.Select(_ => ScriptedConsole.Key(ConsoleKey.Enter)));
        var saved = Path.Combine(Path.GetTempPath(), "sourcewise-cli-tests", Guid.NewGuid().ToString("N"), "profile.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(saved)!);

        // When
        var (exit, text, error) = await RunInteractiveAsync(keys, "assess", "--save", saved);

        // Then: nothing was answered, so it is a close call at confidence 0.00, exactly as for a profile with only a name
        exit.ShouldBe(0, error);
        text.ShouldContain("Close call");
        text.ShouldContain("(0.00)");
        text.ShouldNotContain("Staff augmentation, confidence medium");
        foreach (var field in ProfileFields.Answerable)
        {
            text.ShouldContain(field == ProfileFields.Considering ? "considering: none yet / not decided" : $"{field.Key}: don't know");
        }

        error.ShouldContain($"saved the answers to {saved}");
        var fromSaved = await CliRun.RunAsync(["assess", saved, "--format", "json"]);
        var nameOnly = await CliRun.RunAsync(["assess", "-", "--format", "json"], "name: My workstream\n");
        fromSaved.Exit.ShouldBe(0, fromSaved.Err);
        fromSaved.Out.ShouldBe(nameOnly.Out);
    }

    [Fact]
    public async Task A_saved_profile_holds_the_answers_and_a_typed_duration_and_assesses_the_same_as_the_questions()
    {
        // Given: workType 'operations' (three down), a duration typed as 30 months (the last choice), the rest unknown
        var keys = new List<ConsoleKeyInfo>();
        keys.AddRange(ScriptedConsole.Text("Payroll run"));
        keys.Add(ScriptedConsole.Key(ConsoleKey.Enter));
        foreach (var field in ProfileFields.Answerable)
        {
            if (field == ProfileFields.WorkType)
            {
                keys.AddRange(Enumerable.Repeat(ScriptedConsole.Key(ConsoleKey.DownArrow), 3));
            }
            else if (field == ProfileFields.DurationMonths)
            {
                var last = Sourcewise.Cli.Interactive.ProfileQuestionnaire.Choices(field).Length - 1;
                keys.AddRange(Enumerable.Repeat(ScriptedConsole.Key(ConsoleKey.DownArrow), last));
                keys.Add(ScriptedConsole.Key(ConsoleKey.Enter));
                keys.AddRange(ScriptedConsole.Text("30"));
            }

            keys.Add(ScriptedConsole.Key(ConsoleKey.Enter));
        }

        var saved = Path.Combine(Path.GetTempPath(), "sourcewise-cli-tests", Guid.NewGuid().ToString("N"), "payroll.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(saved)!);

        // When
        var (exit, text, error) = await RunInteractiveAsync(keys, "assess", "--save", saved, "--format", "json");

        // Then
        exit.ShouldBe(0, error);
        text.ShouldContain("durationMonths: 30");
        var yaml = await File.ReadAllTextAsync(saved);
        yaml.ShouldContain("name: \"Payroll run\"\n");
        yaml.ShouldContain("workType: operations\n");
        yaml.ShouldContain("durationMonths: 30\n");
        yaml.ShouldContain("# stage:");
        var fromSaved = await CliRun.RunAsync(["assess", saved, "--format", "json"]);
        fromSaved.Exit.ShouldBe(0, fromSaved.Err);
        text.ShouldEndWith(fromSaved.Out);
    }

    private static async Task<(int Exit, string Out, string Err)> RunInteractiveAsync(IEnumerable<ConsoleKeyInfo> keys,
        params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = new CliEnvironment(new ScriptedConsole(output, keys), output, error, () => Stream.Null, isInteractive: true);
        var exit = await SourcewiseCli.RunAsync(args, env);
        return (exit, output.ToString(), error.ToString());
    }
}
