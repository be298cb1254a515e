using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Sourcewise.Documents.Contracts.Docx;

/// <summary>Renders Word list numbers ("4.2", "(a)", "iii.") the way Word shows them, from numbering.xml: level text
/// patterns, start values, and counters that restart when a higher level advances. Bullets render as nothing.</summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, int> _abstractOfInstance = [];
    private readonly Dictionary<(int Instance, int Level), int> _startOverrides = [];
    private readonly Dictionary<(int Abstract, int Level), Level> _levels = [];
    private readonly Dictionary<int, int[]> _counters = [];

    public DocxNumbering(Numbering? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is not { } abstractId)
            {
                continue;
            }

            foreach (var level in abstractNum.Elements<Level>())
            {
                if (level.LevelIndex?.Value is { } index && index is >= 0 and < 9)
                {
                    _levels[(abstractId, index)] = level;
                }
            }
        }

        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } id || instance.AbstractNumId?.Val?.Value is not { } abstractId)
            {
                continue;
            }

            _abstractOfInstance[id] = abstractId;
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is { } index && levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
                {
                    _startOverrides[(id, index)] = start;
                }

                if (levelOverride.Level is { } level && level.LevelIndex?.Value is { } overrideIndex)
                {
                    _levels[(-id - 1, overrideIndex)] = level;
                }
            }
        }
    }

    /// <summary>Advances the counter of list <paramref name="numId"/> at <paramref name="levelIndex"/> and returns
    /// the rendered number (empty for bullets and unknown lists).</summary>
    public string Next(int numId, int levelIndex)
    {
        if (numId == 0 || levelIndex is < 0 or >= 9 || !_abstractOfInstance.TryGetValue(numId, out var abstractId))
        {
            return string.Empty;
        }

        // Counters are shared by all instances of one abstract list (how Word continues numbering).
        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            counters = new int[9];
            Array.Fill(counters, int.MinValue);
            _counters[abstractId] = counters;
        }

        counters[levelIndex] = counters[levelIndex] == int.MinValue
            ? Start(numId, abstractId, levelIndex)
            : counters[levelIndex] + 1;
        for (var deeper = levelIndex + 1; deeper < 9; deeper++)
        {
            counters[deeper] = int.MinValue;
        }

        var level = LevelOf(numId, abstractId, levelIndex);
        var pattern = level?.LevelText?.Val?.Value;
        if (pattern is null || IsBullet(level))
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var referenced = pattern[i + 1] - '1';
                var value = counters[referenced] == int.MinValue ? Start(numId, abstractId, referenced) : counters[referenced];
                sb.Append(Format(value, LevelOf(numId, abstractId, referenced), isLegal: level?.IsLegalNumberingStyle is not null));
                i++;
            }
            else
            {
                sb.Append(pattern[i]);
            }
        }

        return sb.ToString().Trim();
    }

    private Level? LevelOf(int numId, int abstractId, int index) =>
        _levels.GetValueOrDefault((-numId - 1, index)) ?? _levels.GetValueOrDefault((abstractId, index));

    private int Start(int numId, int abstractId, int index) =>
        _startOverrides.TryGetValue((numId, index), out var start)
            ? start
            : LevelOf(numId, abstractId, index)?.StartNumberingValue?.Val?.Value ?? 1;

    private static bool IsBullet(Level? level)
    {
        var format = level?.NumberingFormat?.Val;
        return format is not null && (format.Value == NumberFormatValues.Bullet || format.Value == NumberFormatValues.None);
    }

    private static string Format(int value, Level? level, bool isLegal)
    {
        var format = level?.NumberingFormat?.Val?.Value;
        if (isLegal || format is null || format == NumberFormatValues.Decimal)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (format == NumberFormatValues.LowerLetter)
        {
            return Letters(value).ToLowerInvariant();
        }

        if (format == NumberFormatValues.UpperLetter)
        {
            return Letters(value);
        }

        if (format == NumberFormatValues.LowerRoman)
        {
            return Roman(value).ToLowerInvariant();
        }

        if (format == NumberFormatValues.UpperRoman)
        {
            return Roman(value);
        }

        if (format == NumberFormatValues.DecimalZero)
        {
            return value.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        }

        return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Letters(int value)
    {
        if (value < 1)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // Word repeats the letter: a … z, aa … zz.
        var letter = (char)('A' + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                sb.Append(symbols[i]);
                value -= values[i];
            }
        }

        return sb.ToString();
    }
}
