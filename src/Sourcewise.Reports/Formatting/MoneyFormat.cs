using System.Globalization;

namespace Sourcewise.Reports.Formatting;

/// <summary>Formats amounts for people: full (<c>USD 1,234,567</c>) and compact (<c>$1.23M</c>).</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class MoneyFormat
{
    /// <summary>The symbol of a few common currencies, or the code followed by a space.</summary>
    public static string Prefix(string currency) => currency switch
    {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        _ => currency + " ",
    };

    /// <summary>A whole amount with thousands separators, e.g. <c>$1,234,567</c> or <c>CHF 1,234,567</c>.</summary>
    public static string Full(double value, string currency) =>
        (value < 0 ? "-" : string.Empty) + Prefix(currency) +
        Math.Abs(value).ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>An amount in whole thousands, e.g. <c>$1,517k</c>.</summary>
    public static string Thousands(double value, string currency) =>
        (value < 0 ? "-" : string.Empty) + Prefix(currency) +
        Math.Round(Math.Abs(value) / 1000).ToString("#,0", CultureInfo.InvariantCulture) + "k";

    /// <summary>A short amount with three significant digits, e.g. <c>$950k</c>, <c>$1.23M</c>.</summary>
    public static string Compact(double value, string currency)
    {
        var sign = value < 0 ? "-" : string.Empty;
        var a = Math.Abs(value);
        var (scaled, suffix) = a switch
        {
            >= 1e9 => (a / 1e9, "B"),
            >= 1e6 => (a / 1e6, "M"),
            >= 1e3 => (a / 1e3, "k"),
            _ => (a, string.Empty),
        };
        var digits = scaled >= 100 ? "0" : scaled >= 10 ? "0.#" : "0.##";
        return sign + Prefix(currency) + scaled.ToString(digits, CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>A share as a percentage with one decimal, e.g. <c>92.4%</c>.</summary>
    public static string Percent(double share) =>
        (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
