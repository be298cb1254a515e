using System.Globalization;
using Sourcewise.Profiles;
using Spectre.Console;

namespace Sourcewise.Cli.Interactive;

/// <summary>Asks the work-profile questions one by one on a terminal (arrow-key choices, the help text of each
/// question) and builds the profile. Every question starts on "don't know", so pressing Enter through the questions
/// answers nothing: the result is the same as a profile that holds only the name.</summary>
internal static class ProfileQuestionnaire
{
    public const string DontKnow = "don't know";
    public const string NotDecided = "none yet / not decided";
    public const string OtherDuration = "another number (type it)";
    private static readonly string[] Durations = ["0 (open-ended)", "1", "2", "3", "4", "6", "9", "12", "18", "24", "36"];

    public static async Task<WorkProfile> AskAsync(IAnsiConsole console, CancellationToken cancellationToken)
    {
        console.MarkupLine("[bold]Describe the workstream.[/] Use the arrow keys and Enter. Every question starts on " +
            "[italic]don't know[/]: Enter keeps it, which lowers confidence and lists it as something to find out.");
        console.WriteLine();
        var name = await new TextPrompt<string>("[bold]What is the workstream called?[/]")
            .DefaultValue("My workstream")
            .Validate(n => n.Trim().Length is > 0 and <= 200, "Give a name of 1 to 200 characters.")
            .ShowAsync(console, cancellationToken).ConfigureAwait(false);
        var builder = new WorkProfileBuilder();
        builder.Set(ProfileFields.Name, name.Trim());
        foreach (var field in ProfileFields.Answerable)
        {
            var value = await AskOneAsync(console, field, cancellationToken).ConfigureAwait(false);
            console.MarkupLine($"[grey]{Markup.Escape(field.Key)}:[/] {Markup.Escape(value ?? (field == ProfileFields.Considering ? NotDecided : DontKnow))}");
            builder.Set(field, value);
        }

        console.WriteLine();
        return builder.Build().GetValueOrThrow();
    }

    /// <summary>The choices of a question, the first being its default ("don't know", or "not decided" for
    /// <c>considering</c>).</summary>
    public static string[] Choices(ProfileField field)
    {
        if (field == ProfileFields.Considering)
        {
            return [NotDecided, .. field.Values];
        }

        if (field.Kind == ProfileFieldKind.Integer)
        {
            return [DontKnow, .. Durations, OtherDuration];
        }

        return [DontKnow, .. field.Values];
    }

    private static async Task<string?> AskOneAsync(IAnsiConsole console, ProfileField field, CancellationToken cancellationToken)
    {
        var choices = Choices(field);
        var title = $"[bold]{Markup.Escape(field.Question)}[/]\n[grey]{Markup.Escape(field.Help)}[/]";
        string answer;
        if (console.Profile.Capabilities.Ansi)
        {
            var prompt = new SelectionPrompt<string>()
                .Title(title)
                .PageSize(14)
                .AddChoices(choices);
            answer = await prompt.ShowAsync(console, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // A terminal without cursor control cannot show arrow-key lists: type the answer instead (a duration may be
            // any whole number in range).
            console.MarkupLine(title);
            var prompt = new TextPrompt<string>("answer").DefaultValue(choices[0]);
            if (field.Kind == ProfileFieldKind.Integer)
            {
                console.MarkupLine($"[grey]A whole number from {field.Minimum} to {field.Maximum}, or Enter for {DontKnow}.[/]");
                prompt = prompt.Validate(text => text == DontKnow || IsDuration(text)
                    ? ValidationResult.Success()
                    : ValidationResult.Error($"[red]Type a whole number from {field.Minimum} to {field.Maximum}, or press Enter for {DontKnow}.[/]"));
            }
            else
            {
                prompt = prompt.AddChoices(choices).InvalidChoiceMessage("[red]Please type one of the choices shown.[/]");
            }

            answer = await prompt.ShowAsync(console, cancellationToken).ConfigureAwait(false);
        }

        if (answer == OtherDuration)
        {
            var months = await new TextPrompt<int>($"Months ({field.Minimum}-{field.Maximum}, 0 = open-ended)")
                .Validate(m => m >= field.Minimum && m <= field.Maximum,
                    $"[red]Type a whole number from {field.Minimum} to {field.Maximum}.[/]")
                .ShowAsync(console, cancellationToken).ConfigureAwait(false);
            return months.ToString(CultureInfo.InvariantCulture);
        }

        return answer is DontKnow or NotDecided ? null : answer.Trim().Split(' ')[0];
    }

    private static bool IsDuration(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var months)
        && months >= ProfileFields.DurationMonths.Minimum && months <= ProfileFields.DurationMonths.Maximum;
}
