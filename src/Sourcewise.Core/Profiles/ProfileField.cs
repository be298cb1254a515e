using System.Collections.Immutable;
using System.Globalization;

namespace Sourcewise.Profiles;

/// <summary>One question of a work profile: its key, accepted values, and the words used to ask it.</summary>
/// <remarks>Immutable. Values are encoded as integers: a choice is its index in <see cref="Values"/>, a boolean is 0/1,
/// an integer is itself. The set of fields is fixed (<see cref="ProfileFields"/>).</remarks>
public sealed class ProfileField
{
    internal ProfileField(int index, string key, ProfileFieldKind kind, ImmutableArray<string> values,
        string question, string help, int minimum = 0, int maximum = 0)
    {
        Index = index;
        Key = key;
        Kind = kind;
        Values = values;
        Question = question;
        Help = help;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Position in <see cref="ProfileFields.All"/>.</summary>
    public int Index { get; }

    /// <summary>The camelCase key used in YAML, JSON and CSV headers.</summary>
    public string Key { get; }

    /// <summary>What kind of value it holds.</summary>
    public ProfileFieldKind Kind { get; }

    /// <summary>Accepted ids for a <see cref="ProfileFieldKind.Choice"/> field (<c>false</c>, <c>true</c> for booleans).</summary>
    public ImmutableArray<string> Values { get; }

    /// <summary>The question as asked interactively.</summary>
    public string Question { get; }

    /// <summary>Help text that explains the question and why it matters.</summary>
    public string Help { get; }

    /// <summary>Smallest accepted integer (integer fields).</summary>
    public int Minimum { get; }

    /// <summary>Largest accepted integer (integer fields).</summary>
    public int Maximum { get; }

    /// <summary>Formats an encoded value as a profile would hold it: an id, <c>true</c>/<c>false</c>, or a number.</summary>
    public string Format(int code) => Kind switch
    {
        ProfileFieldKind.Choice or ProfileFieldKind.Boolean => Values[code],
        _ => code.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Returns the value as a JSON-ready object: a string, a bool or an int.</summary>
    public object ToJsonValue(int code) => Kind switch
    {
        ProfileFieldKind.Boolean => code != 0,
        ProfileFieldKind.Integer => code,
        _ => Values[code],
    };

    /// <summary>A short description of what is accepted, for error messages.</summary>
    public string AcceptedDescription => Kind switch
    {
        ProfileFieldKind.Choice => "one of: " + string.Join(", ", Values),
        ProfileFieldKind.Boolean => "true or false",
        ProfileFieldKind.Integer => $"a whole number from {Minimum} to {Maximum}",
        _ => "text",
    };

    /// <inheritdoc />
    public override string ToString() => Key;
}
