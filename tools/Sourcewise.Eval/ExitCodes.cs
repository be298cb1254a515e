namespace Sourcewise.Eval;

/// <summary>The tool's exit codes, as the shipped CLI's, plus one for a gate (<c>--fail-under</c>) that is not met.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
    public const int BelowFloor = 3;
    public const int Cancelled = 130;
}
