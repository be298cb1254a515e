using System.Buffers;
using Sourcewise.Diagnostics;
using Sourcewise.Portfolio;

namespace Sourcewise.Application.Portfolios;

/// <summary>Where a portfolio's results go, one subclass per output format. Rows are rendered in parallel, batch by
/// batch, by the renderer each batch gets from <see cref="CreateRowRenderer"/>; the rendered bytes then arrive in input
/// order through <see cref="WriteBatch"/>, so the output never has to be held in memory.</summary>
/// <remarks><see cref="CreateRowRenderer"/> is called from several threads at once and must only use what it is given;
/// the other members are called from one thread, in the order <see cref="Start"/>, <see cref="WriteBatch"/> per batch,
/// <see cref="End"/>.</remarks>
public abstract class PortfolioSink
{
    /// <summary>Called once before any row, with the source's name.</summary>
    public virtual void Start(string sourceName)
    {
    }

    /// <summary>A renderer for one batch that writes into <paramref name="buffer"/>, or <c>null</c> when this sink
    /// renders nothing per row.</summary>
    public virtual IPortfolioRowRenderer? CreateRowRenderer(IBufferWriter<byte> buffer) => null;

    /// <summary>Called in input order for each batch: the rows assessed in it and what its renderer wrote.</summary>
    public virtual void WriteBatch(IReadOnlyList<AssessedWorkstream> rows, ReadOnlySpan<byte> rendered)
    {
    }

    /// <summary>Called once after the last batch.</summary>
    /// <param name="summary">The roll-up.</param>
    /// <param name="findings">The portfolio findings.</param>
    /// <param name="errors">The errors of the rows that could not be read (at most
    /// <see cref="AssessPortfolio.ListedErrors"/>).</param>
    public virtual void End(PortfolioSummary summary, IReadOnlyList<PortfolioFinding> findings, IReadOnlyList<Diagnostic> errors)
    {
    }
}

/// <summary>Renders the rows of one batch (see <see cref="PortfolioSink.CreateRowRenderer"/>).</summary>
/// <remarks>Used by one thread, for one batch, then disposed.</remarks>
public interface IPortfolioRowRenderer : IDisposable
{
    /// <summary>Renders one row.</summary>
    void Render(AssessedWorkstream row);
}
