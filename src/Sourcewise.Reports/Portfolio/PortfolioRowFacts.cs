using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using Sourcewise.Assessments;

namespace Sourcewise.Reports.Portfolio;

/// <summary>The facts of one assessed workstream that the portfolio table formats (text, Markdown, CSV) show.</summary>
/// <param name="Row">1-based row.</param>
/// <param name="Name">The workstream.</param>
/// <param name="Recommendation">A model id or <c>close-call</c>.</param>
/// <param name="BestFit">The best-scoring model id.</param>
/// <param name="RunnerUp">The second model id.</param>
/// <param name="Margin">Best score minus runner-up score.</param>
/// <param name="Scores">Scores of staff-augmentation, project-outsourcing and managed-services, in that order.</param>
/// <param name="MistakeIds">The mistakes that apply.</param>
/// <param name="TippingPoints">Each tipping point as <c>factor: from → to ⇒ recommendation</c>.</param>
public sealed record PortfolioRowFacts(int Row, string Name, string Recommendation, string BestFit, string RunnerUp,
    double Margin, IReadOnlyList<double> Scores, IReadOnlyList<string> MistakeIds, IReadOnlyList<string> TippingPoints)
{
    /// <summary>The facts of an assessment (tipping points are formatted only when read).</summary>
    /// <param name="row">The 1-based row.</param>
    /// <param name="assessment">The row's assessment.</param>
    public static PortfolioRowFacts From(int row, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var mistakes = assessment.Mistakes.IsEmpty ? [] : new string[assessment.Mistakes.Length];
        for (var i = 0; i < mistakes.Length; i++)
        {
            mistakes[i] = assessment.Mistakes[i].Id;
        }

        return new PortfolioRowFacts(row, assessment.Profile.Name, assessment.Recommendation, assessment.BestFit.ToId(),
            assessment.RunnerUp.ToId(), assessment.Margin,
            [assessment.Scores.StaffAugmentation, assessment.Scores.ProjectOutsourcing, assessment.Scores.ManagedServices],
            mistakes, new TippingPointTexts(assessment.TippingPoints));
    }

    /// <summary>Tipping points as text, formatted only when a format asks for them (CSV).</summary>
    private sealed class TippingPointTexts(ImmutableArray<TippingPoint> tips) : IReadOnlyList<string>
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

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

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
