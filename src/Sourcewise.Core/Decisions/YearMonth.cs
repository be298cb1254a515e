using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sourcewise.Decisions;

/// <summary>A calendar month, written <c>YYYY-MM</c>. Immutable.</summary>
/// <param name="Year">The year (1–9999).</param>
/// <param name="Month">The month (1–12).</param>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    /// <summary>Months since year 0, so that consecutive months differ by one.</summary>
    public int Ordinal => (Year * 12) + Month - 1;

    /// <summary>The month holding a date.</summary>
    public static YearMonth From(DateOnly date) => new(date.Year, date.Month);

    /// <summary>The month <paramref name="ordinal"/> counts (see <see cref="Ordinal"/>).</summary>
    public static YearMonth FromOrdinal(int ordinal) => new(ordinal / 12, (ordinal % 12) + 1);

    /// <summary>This month plus <paramref name="months"/> (may be negative).</summary>
    public YearMonth AddMonths(int months) => FromOrdinal(Ordinal + months);

    /// <summary>Whole months from <paramref name="earlier"/> to this month (0 for the same month).</summary>
    public int MonthsSince(YearMonth earlier) => Ordinal - earlier.Ordinal;

    /// <summary>Parses exactly <c>YYYY-MM</c> (four-digit year 1–9999, two-digit month 01–12). Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out YearMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || year < 1 || m is < 1 or > 12)
        {
            return false;
        }

        month = new YearMonth(year, m);
        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(YearMonth other) => Ordinal.CompareTo(other.Ordinal);

    /// <summary>Whether <paramref name="left"/> is earlier.</summary>
    public static bool operator <(YearMonth left, YearMonth right) => left.Ordinal < right.Ordinal;

    /// <summary>Whether <paramref name="left"/> is later.</summary>
    public static bool operator >(YearMonth left, YearMonth right) => left.Ordinal > right.Ordinal;

    /// <summary>Whether <paramref name="left"/> is earlier or the same.</summary>
    public static bool operator <=(YearMonth left, YearMonth right) => left.Ordinal <= right.Ordinal;

    /// <summary>Whether <paramref name="left"/> is later or the same.</summary>
    public static bool operator >=(YearMonth left, YearMonth right) => left.Ordinal >= right.Ordinal;

    /// <summary><c>YYYY-MM</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
