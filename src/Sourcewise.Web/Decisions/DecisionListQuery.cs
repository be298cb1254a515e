using System.Globalization;
using System.Text;
using Sourcewise.Diagnostics;

namespace Sourcewise.Web.Decisions;

/// <summary>In which order saved decisions are listed.</summary>
internal enum DecisionOrder
{
    /// <summary>Newest first (the default): a decision just saved is always on the first page.</summary>
    Newest,

    /// <summary>The one due for review soonest first, so overdue ones lead.</summary>
    Review,
}

/// <summary>One page of saved decisions: an order, a size, and where the previous page ended.</summary>
internal sealed record DecisionListQuery(DecisionOrder Order, int Limit, DecisionCursor? After)
{
    public const string NewestName = "newest";
    public const string ReviewName = "review";

    public string SortName => Order == DecisionOrder.Review ? ReviewName : NewestName;

    /// <summary>Reads <c>sort</c>, <c>limit</c> and <c>cursor</c> from a query string; bad values are named.</summary>
    public static Result<DecisionListQuery> Parse(string? sort, string? limit, string? cursor, int defaultLimit, int maxLimit)
    {
        var errors = new List<Diagnostic>();
        var order = DecisionOrder.Newest;
        if (!string.IsNullOrEmpty(sort))
        {
            if (sort.Equals(NewestName, StringComparison.OrdinalIgnoreCase))
            {
                order = DecisionOrder.Newest;
            }
            else if (sort.Equals(ReviewName, StringComparison.OrdinalIgnoreCase))
            {
                order = DecisionOrder.Review;
            }
            else
            {
                errors.Add(Error("sort", $"must be '{NewestName}' (the default) or '{ReviewName}'"));
            }
        }

        var size = defaultLimit;
        if (!string.IsNullOrEmpty(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > maxLimit))
        {
            errors.Add(Error("limit", $"must be a whole number from 1 to {maxLimit}"));
        }

        DecisionCursor? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            if (!DecisionCursor.TryDecode(cursor, out after))
            {
                errors.Add(Error("cursor", "is not a cursor from a 'next' link of this list"));
            }
            else if (after!.Order != order)
            {
                errors.Add(Error("cursor", $"belongs to the '{(after.Order == DecisionOrder.Review ? ReviewName : NewestName)}' order; use the same sort"));
            }
        }

        return errors.Count > 0 ? Result<DecisionListQuery>.Fail(errors) : Result<DecisionListQuery>.Ok(new DecisionListQuery(order, size, after));
    }

    private static Diagnostic Error(string field, string message) =>
        Diagnostic.Error("invalid-value", message, new SourceLocation(null, Field: field));
}

/// <summary>Where a page ended: the order, the last decision's sort key (creation ticks, or review day number) and
/// id. Opaque to clients (base64url).</summary>
internal sealed record DecisionCursor(DecisionOrder Order, long Key, string Id)
{
    public string Encode() =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"{(Order == DecisionOrder.Review ? 'r' : 'n')}:{Key.ToString(CultureInfo.InvariantCulture)}:{Id}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string text, out DecisionCursor? cursor)
    {
        cursor = null;
        if (text.Length > 200)
        {
            return false;
        }

        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - (base64.Length % 4)) % 4);
        Span<byte> bytes = stackalloc byte[160];
        if (!Convert.TryFromBase64String(base64, bytes, out var length))
        {
            return false;
        }

        var parts = Encoding.ASCII.GetString(bytes[..length]).Split(':');
        if (parts.Length != 3 || parts[0] is not ("n" or "r")
            || !long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key)
            || !Guid.TryParseExact(parts[2], "D", out _))
        {
            return false;
        }

        var order = parts[0] == "r" ? DecisionOrder.Review : DecisionOrder.Newest;
        if ((order == DecisionOrder.Newest && (key < DateTime.MinValue.Ticks || key > DateTime.MaxValue.Ticks))
            || (order == DecisionOrder.Review && (key < DateOnly.MinValue.DayNumber || key > DateOnly.MaxValue.DayNumber)))
        {
            return false;
        }

        cursor = new DecisionCursor(order, key, parts[2]);
        return true;
    }
}
