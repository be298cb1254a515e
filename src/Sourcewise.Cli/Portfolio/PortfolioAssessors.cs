namespace Sourcewise.Cli.Portfolio;

/// <summary>The assessment engine behind <c>sourcewise portfolio</c>.</summary>
internal static class PortfolioAssessors
{
    // Replaced by the engine adapter once feature/assess is merged.
    public static PortfolioAssessor Default => throw new NotSupportedException("the assessment engine is not available yet");
}
