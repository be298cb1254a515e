using System.Globalization;
using System.Text.Json;
using Sourcewise.Assessments;
using Sourcewise.Profiles;
using Sourcewise.Reports.Json;
using Sourcewise.Reports.Portfolio;

namespace Sourcewise.Cli.Portfolio;

/// <summary>The assessment engine behind <c>sourcewise portfolio</c>: the same engine and JSON as <c>assess</c>.</summary>
internal static class PortfolioAssessors
{
    public static PortfolioAssessor Default { get; } = new EngineAssessor(AssessmentEngine.Default);
}

/// <summary>Adapts <see cref="AssessmentEngine"/> to the portfolio run.</summary>
internal sealed class EngineAssessor(AssessmentEngine engine) : PortfolioAssessor
{
    private static readonly JsonEncodedText RowKey = JsonEncodedText.Encode("row");
    private static readonly JsonEncodedText NameKey = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText AssessmentKey = JsonEncodedText.Encode("assessment");

    public override AssessedRow Assess(int row, WorkProfile profile, CancellationToken cancellationToken)
    {
        var a = engine.Assess(profile, cancellationToken);
        var mistakes = a.Mistakes.IsEmpty ? [] : new string[a.Mistakes.Length];
        for (var i = 0; i < mistakes.Length; i++)
        {
            mistakes[i] = a.Mistakes[i].Id;
        }

        var facts = new PortfolioRowFacts(row, profile.Name, a.Recommendation, a.BestFit.ToId(), a.RunnerUp.ToId(), a.Margin,
            [a.Scores.StaffAugmentation, a.Scores.ProjectOutsourcing, a.Scores.ManagedServices], mistakes,
            new TippingPointTexts(a.TippingPoints));
        return new AssessedRow(facts, a);
    }

    public override void WriteWorkstreamJson(Utf8JsonWriter writer, AssessedRow row)
    {
        writer.WriteStartObject();
        writer.WriteNumber(RowKey, row.Facts.Row);
        writer.WriteString(NameKey, row.Facts.Name);
        writer.WritePropertyName(AssessmentKey);
        AssessmentJson.Write(writer, (Assessment)row.Assessment);
        writer.WriteEndObject();
    }

    /// <summary>Tipping points as text, formatted only when a format asks for them (CSV).</summary>
    private sealed class TippingPointTexts(System.Collections.Immutable.ImmutableArray<TippingPoint> tips) : IReadOnlyList<string>
    {
        public int Count => tips.Length;

        public string this[int index] => Format(tips[index]);

        public IEnumerator<string> GetEnumerator()
        {
            foreach (var tip in tips)
            {
                yield return Format(tip);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private static string Format(TippingPoint tip) => string.Create(CultureInfo.InvariantCulture,
            $"{tip.Factor}: {Value(tip.From)} → {Value(tip.To)} ⇒ {tip.NewRecommendation}");

        private static string Value(object? value) => value switch
        {
            null => "unknown",
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }
}
