using Sourcewise.Comparison;
using Spectre.Console;

namespace Sourcewise.Cli.Views;

/// <summary>The terminal view of <c>sourcewise models</c>.</summary>
internal static class ModelComparisonView
{
    public static void Write(IAnsiConsole console, ModelComparison comparison)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]The three engagement models[/]");
        table.AddColumn(new TableColumn(string.Empty));
        foreach (var model in comparison.Models)
        {
            table.AddColumn(new TableColumn($"[bold]{Markup.Escape(model.Name)}[/]\n[grey]{model.Id}[/]"));
        }

        table.AddRow(Row("Who directs the work", comparison.Models.Select(m => m.Directs)));
        table.AddRow(Row("Who owns the outcome", comparison.Models.Select(m => m.Owns)));
        table.AddRow(Row("What you pay for", comparison.Models.Select(m => m.PayFor)));
        foreach (var dimension in comparison.Dimensions)
        {
            table.AddRow(Row(dimension.Name, dimension.Values));
        }

        console.Write(table);
        console.WriteLine();
        console.WriteLine(comparison.ReadingAcross);
    }

    private static Markup[] Row(string label, IEnumerable<string> values) =>
        [new Markup($"[bold]{Markup.Escape(label)}[/]"), .. values.Select(v => new Markup(Markup.Escape(v)))];
}
