using System.Collections.Immutable;
using System.Globalization;
using Sourcewise.Eval.Splits;

namespace Sourcewise.Eval;

/// <summary>A floor for one figure (<c>--fail-under [SPLIT.]FIGURE=MIN</c>), for CI-style gates.</summary>
/// <remarks>FIGURE is a model figure (<c>accuracy</c>, <c>strict-accuracy</c>, <c>scored-accuracy</c>,
/// <c>services-accuracy</c>, <c>services-named</c>) or a signal figure <c>SIGNAL/AGAINST/precision|recall|f1</c>, AGAINST
/// being <c>labels</c>, <c>cuad</c> or <c>cuad-relabels</c>. SPLIT is <c>dev</c>, <c>blind</c> or <c>all</c> (default
/// <c>all</c>). MIN is a share (<c>0.8</c>) or a percentage (<c>80%</c>).</remarks>
internal sealed record FailUnder(string Split, string Figure, double Minimum)
{
    public static readonly ImmutableArray<string> ModelFigureNames =
        ["accuracy", "strict-accuracy", "scored-accuracy", "services-accuracy", "services-named"];

    private static readonly string[] SignalMeasures = ["precision", "recall", "f1"];

    private static readonly string[] Sources = ["labels", "cuad", "cuad-relabels"];

    public string Name => $"{Split}.{Figure}";

    /// <summary>Parses one option value; the error says what is accepted.</summary>
    public static bool TryParse(string text, out FailUnder? floor, out string error)
    {
        floor = null;
        error = string.Empty;
        var eq = text.LastIndexOf('=');
        if (eq <= 0)
        {
            error = $"--fail-under '{text}': expected [SPLIT.]FIGURE=MIN, e.g. dev.services-accuracy=0.8";
            return false;
        }

        var name = text[..eq].Trim();
        var value = text[(eq + 1)..].Trim();
        var split = SplitSet.All;
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && SplitSet.Reported.Contains(name[..dot]))
        {
            split = name[..dot];
            name = name[(dot + 1)..];
        }

        var percent = value.EndsWith('%');
        if (!double.TryParse(percent ? value[..^1] : value, NumberStyles.Float, CultureInfo.InvariantCulture, out var minimum)
            || (minimum /= percent ? 100 : 1) is < 0 or > 1)
        {
            error = $"--fail-under '{text}': '{value}' is not a share between 0 and 1 (or a percentage)";
            return false;
        }

        var parts = name.Split('/');
        var valid = ModelFigureNames.Contains(name)
            || (parts.Length == 3 && Sources.Contains(parts[1]) && SignalMeasures.Contains(parts[2]));
        if (!valid)
        {
            error = $"--fail-under '{text}': unknown figure '{name}'; expected one of {string.Join(", ", ModelFigureNames)}, " +
                "or SIGNAL/AGAINST/MEASURE with AGAINST labels|cuad|cuad-relabels and MEASURE precision|recall|f1";
            return false;
        }

        floor = new FailUnder(split, name, minimum);
        return true;
    }

    /// <summary>The figure's value in an evaluation (NaN when there is nothing to measure it on).</summary>
    public double ValueIn(CheckEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var split = evaluation.Split(Split);
        var m = split.Models;
        switch (Figure)
        {
            case "accuracy":
                return m.Accuracy;
            case "strict-accuracy":
                return m.StrictAccuracy;
            case "scored-accuracy":
                return m.ScoredAccuracy;
            case "services-accuracy":
                return m.ServicesAccuracy;
            case "services-named":
                return m.ServicesNamed;
        }

        var parts = Figure.Split('/');
        var row = split.Signals.FirstOrDefault(s => s.Name == parts[0] && s.Source == parts[1]);
        return row is null ? double.NaN : parts[2] switch
        {
            "precision" => row.Precision,
            "recall" => row.Recall,
            _ => row.F1,
        };
    }
}
