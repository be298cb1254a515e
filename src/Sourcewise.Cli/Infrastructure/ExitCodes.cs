namespace Sourcewise.Cli.Infrastructure;

/// <summary>The process exit codes of the public interface.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
    public const int Cancelled = 130;
}
