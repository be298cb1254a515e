using System.Text;
using Sourcewise.Application.Output;
using Sourcewise.Reports.Checks;
using Sourcewise.Reports.Sarif;
using Sourcewise.Signals;

namespace Sourcewise.Application.Check;

/// <summary>A check (or a batch of them) in a byte format, exactly as both hosts give it.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class CheckOutput
{
    /// <summary>One check as JSON or SARIF (each with a final line break) or Markdown.</summary>
    /// <param name="check">The check.</param>
    /// <param name="format">JSON, Markdown or SARIF.</param>
    /// <param name="baseDirectory">What SARIF paths are relative to (the working directory on the command line).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not one of those.</exception>
    public static byte[] Render(ContractCheck check, OutputFormat format, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(check);
        return Encoding.UTF8.GetBytes(format switch
        {
            OutputFormat.Json => CheckJsonWriter.Write(check) + "\n",
            OutputFormat.Markdown => CheckMarkdownWriter.Write(check),
            OutputFormat.Sarif => SarifWriter.Write([check], baseDirectory) + "\n",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "A check renders to JSON, Markdown or SARIF here."),
        });
    }

    /// <summary>A batch as JSON or SARIF (each with a final line break) or Markdown.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="format">JSON, Markdown or SARIF.</param>
    /// <param name="baseDirectory">What SARIF paths are relative to.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not one of those.</exception>
    public static byte[] Render(CheckBatch batch, OutputFormat format, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Encoding.UTF8.GetBytes(format switch
        {
            OutputFormat.Json => CheckJsonWriter.WriteBatch(batch.Checks, batch.Errors) + "\n",
            OutputFormat.Markdown => CheckMarkdownWriter.WriteBatch(batch.Checks, batch.Errors),
            OutputFormat.Sarif => SarifWriter.Write(batch.Checks, baseDirectory) + "\n",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "A batch renders to JSON, Markdown or SARIF here."),
        });
    }
}
