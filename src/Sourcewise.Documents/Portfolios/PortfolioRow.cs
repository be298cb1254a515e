using Sourcewise.Diagnostics;
using Sourcewise.Profiles;

namespace Sourcewise.Documents.Portfolios;

/// <summary>One workstream read from a portfolio file: its profile, or the problems that stopped it being read.</summary>
/// <remarks>Immutable.</remarks>
public sealed class PortfolioRow
{
    internal PortfolioRow(int row, int line, WorkProfile? profile, IReadOnlyList<Diagnostic> diagnostics)
    {
        Row = row;
        Line = line;
        Profile = profile;
        Diagnostics = diagnostics;
    }

    /// <summary>1-based position among the workstreams (the first workstream after the header is row 1).</summary>
    public int Row { get; }

    /// <summary>Where the row starts in the source: the CSV line, the spreadsheet row, or the YAML/JSON line.</summary>
    public int Line { get; }

    /// <summary>The profile, or <c>null</c> when the row has errors.</summary>
    public WorkProfile? Profile { get; }

    /// <summary>The problems found in the row (errors when <see cref="Profile"/> is <c>null</c>, otherwise warnings).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the row produced a profile.</summary>
    public bool Success => Profile is not null;

    /// <summary>The row's name if it could be read, for messages about failed rows.</summary>
    public string? Name { get; init; }
}
