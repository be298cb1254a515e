using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sourcewise.Cli.Views;

/// <summary>A section heading: a rule across the terminal, at most <see cref="MaxWidth"/> columns wide (when output is
/// not a terminal there is no width to fill).</summary>
internal sealed class Heading(string markup) : IRenderable
{
    public const int MaxWidth = 120;

    private readonly Rule _rule = new Rule(markup).LeftJustified();

    public Measurement Measure(RenderOptions options, int maxWidth) =>
        ((IRenderable)_rule).Measure(options, Math.Min(maxWidth, MaxWidth));

    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
        ((IRenderable)_rule).Render(options, Math.Min(maxWidth, MaxWidth));
}
