namespace Sourcewise.Application.Cost;

/// <summary>The formats of the cost chart.</summary>
public enum ChartFormat
{
    /// <summary>Scalable vector graphics.</summary>
    Svg,

    /// <summary>A PNG image.</summary>
    Png,
}
