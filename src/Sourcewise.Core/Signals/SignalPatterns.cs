using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Sourcewise.Signals;

/// <summary>The shipped catalogue's regexes, compiled at build time (<c>SignalPatterns.g.cs</c>, written from
/// <c>Data/signals.json</c> by a test that fails when it is stale). A document then needs neither the runtime
/// regex compiler (~0.7 s of CPU for the catalogue) nor the JIT for them, and small documents are read as fast as
/// large ones. Other catalogues fall back to runtime regexes; the matches are the same.</summary>
internal static partial class SignalPatterns
{
    /// <summary>The options of every catalogue regex: the generated ones are built with these.</summary>
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Finds the build-time regex for a pattern (macros expanded) with <see cref="Options"/>.</summary>
    public static bool TryGet(string pattern, [NotNullWhen(true)] out Regex? regex)
    {
        regex = Generated(pattern);
        return regex is not null;
    }
}
