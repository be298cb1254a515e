using System.Collections.Immutable;

namespace Sourcewise.Eval.Reports;

/// <summary>What a report shows beyond the figures.</summary>
/// <param name="Inputs">One line per input file (what the figures were scored against).</param>
/// <param name="Errors">List each disagreement for error analysis (dev only unless <paramref name="ShowBlind"/>).</param>
/// <param name="Details">Also list every document with its label and answer.</param>
/// <param name="ShowBlind">List blind documents and their errors too (<c>--show-blind-errors</c>; not for use while
/// tuning).</param>
internal sealed record ReportOptions(ImmutableArray<string> Inputs, bool Errors = false, bool Details = false, bool ShowBlind = false);
