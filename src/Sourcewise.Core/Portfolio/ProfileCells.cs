using System.Globalization;
using Sourcewise.Profiles;

namespace Sourcewise.Portfolio;

/// <summary>A fast, allocation-light way to turn the cells of one portfolio row into a <see cref="WorkProfile"/>,
/// for readers that stream many rows. It accepts exactly what <see cref="WorkProfileBuilder"/> accepts but reports no
/// diagnostics: when <see cref="TrySet"/> or <see cref="TryBuild"/> fails, read the row again with a
/// <see cref="WorkProfileBuilder"/> to get the messages.</summary>
/// <remarks>Not thread-safe; reuse one instance per reading thread (call <see cref="Reset"/> between rows).</remarks>
public sealed class ProfileCells
{
    private const int MaxNameLength = 200;
    private readonly int[] _codes = new int[ProfileFields.All.Length];
    private string? _name;

    /// <summary>Creates an empty row.</summary>
    public ProfileCells() => Reset();

    /// <summary>Forgets every value.</summary>
    public void Reset()
    {
        Array.Fill(_codes, WorkProfile.Unknown);
        _name = null;
    }

    /// <summary>Sets one cell. Blank text means "unknown" and is accepted.</summary>
    /// <returns><c>false</c> when the value is not accepted for the field.</returns>
    public bool TrySet(ProfileField field, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(field);
        text = text.Trim();
        if (text.IsEmpty)
        {
            return true;
        }

        switch (field.Kind)
        {
            case ProfileFieldKind.Text:
                if (text.Length > MaxNameLength)
                {
                    return false;
                }

                _name = new string(text);
                return true;
            case ProfileFieldKind.Choice or ProfileFieldKind.Boolean:
                var values = field.Values;
                for (var i = 0; i < values.Length; i++)
                {
                    if (text.Equals(values[i], StringComparison.OrdinalIgnoreCase))
                    {
                        _codes[field.Index] = i;
                        return true;
                    }
                }

                return false;
            case ProfileFieldKind.Integer:
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) &&
                    number >= field.Minimum && number <= field.Maximum)
                {
                    _codes[field.Index] = (int)number;
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>Builds the profile, or returns <c>null</c> when the row has no name.</summary>
    public WorkProfile? TryBuild() => _name is null ? null : new WorkProfile(_name, (int[])_codes.Clone());
}
