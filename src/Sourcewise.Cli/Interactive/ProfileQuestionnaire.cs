using Sourcewise.Profiles;
using Spectre.Console;

namespace Sourcewise.Cli.Interactive;

/// <summary>Asks the work-profile questions one by one on a terminal (arrow-key choices, the help text of each
/// question, "don't know" for unknown) and builds the profile.</summary>
internal static class ProfileQuestionnaire
{
    private const string DontKnow = "don't know";
    private const string NotDecided = "none yet / not decided";
    private static readonly string[] Durations = ["0 (open-ended)", "1", "2", "3", "4", "6", "9", "12", "18", "24", "36"];

    public static async Task<WorkProfile> AskAsync(IAnsiConsole console, CancellationToken cancellationToken)
    {
        console.MarkupLine("[bold]Describe the workstream.[/] Use the arrow keys and Enter; choose [italic]don't know[/] when you are not sure: it lowers confidence and is listed as something to find out.");
        console.WriteLine();
        var name = await new TextPrompt<string>("[bold]What is the workstream called?[/]")
            .DefaultValue("My workstream")
            .Validate(n => n.Trim().Length is > 0 and <= 200, "Give a name of 1 to 200 characters.")
            .ShowAsync(console, cancellationToken).ConfigureAwait(false);
        var builder = new WorkProfileBuilder();
        builder.Set(ProfileFields.Name, name.Trim());
        foreach (var field in ProfileFields.Answerable)
        {
            var (choices, defaultChoice) = Choices(field);
            var title = $"[bold]{Markup.Escape(field.Question)}[/]\n[grey]{Markup.Escape(field.Help)}[/]";
            string answer;
            if (console.Profile.Capabilities.Ansi)
            {
                var prompt = new SelectionPrompt<string>()
                    .Title(title)
                    .PageSize(12)
                    .AddChoices(choices)
                    .DefaultValue(defaultChoice);
                answer = await prompt.ShowAsync(console, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // A terminal without cursor control cannot show arrow-key lists: type the answer instead.
                console.MarkupLine(title);
                var prompt = new TextPrompt<string>("answer")
                    .AddChoices(choices)
                    .DefaultValue(defaultChoice)
                    .InvalidChoiceMessage("[red]Please type one of the choices shown.[/]");
                answer = await prompt.ShowAsync(console, cancellationToken).ConfigureAwait(false);
            }

            console.MarkupLine($"[grey]{Markup.Escape(field.Key)}:[/] {Markup.Escape(answer)}");
            var value = answer is DontKnow or NotDecided ? null : answer.Split(' ')[0];
            builder.Set(field, value);
        }

        console.WriteLine();
        return builder.Build().GetValueOrThrow();
    }

    private static (string[] Choices, string Default) Choices(ProfileField field)
    {
        if (field == ProfileFields.Considering)
        {
            return ([NotDecided, .. field.Values], NotDecided);
        }

        if (field.Kind == ProfileFieldKind.Integer)
        {
            return ([.. Durations, DontKnow], DontKnow);
        }

        string[] choices = [.. field.Values, DontKnow];
        var preferred = field == ProfileFields.WorkType ? "product"
            : field.Values.Contains("medium") ? "medium"
            : field == ProfileFields.CostPriority ? "balanced"
            : DontKnow;
        return (choices, preferred);
    }
}
