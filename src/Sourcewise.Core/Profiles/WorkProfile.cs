using System.Collections.Immutable;

namespace Sourcewise.Profiles;

/// <summary>What is known about one workstream. Absent answers are <c>null</c> ("unknown").</summary>
/// <remarks>Immutable and thread-safe. Build one with <see cref="WorkProfileBuilder"/> or <see cref="With"/>.</remarks>
public sealed class WorkProfile : IEquatable<WorkProfile>
{
    internal const int Unknown = int.MinValue;
    private readonly int[] _codes;

    internal WorkProfile(string name, int[] codes)
    {
        Name = name;
        _codes = codes;
    }

    /// <summary>Creates a profile with a name and no answers.</summary>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public static WorkProfile Empty(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var codes = new int[ProfileFields.All.Length];
        Array.Fill(codes, Unknown);
        return new WorkProfile(name, codes);
    }

    /// <summary>The workstream's name.</summary>
    public string Name { get; }

    /// <summary>The encoded answer for a field, or <c>null</c> when unknown.</summary>
    public int? this[ProfileField field]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(field);
            var code = _codes[field.Index];
            return code == Unknown ? null : code;
        }
    }

    /// <summary>Whether the field has an answer.</summary>
    public bool IsKnown(ProfileField field) => this[field] is not null;

    /// <summary>Raw code access for engines (<see cref="Unknown"/> when absent). No bounds or null checks.</summary>
    internal int Code(int fieldIndex) => _codes[fieldIndex];

    /// <summary>Returns a copy with one answer changed (<c>null</c> makes it unknown).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The code is not valid for the field.</exception>
    public WorkProfile With(ProfileField field, int? code)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Kind == ProfileFieldKind.Text)
        {
            throw new ArgumentException("Use a new profile to change the name.", nameof(field));
        }

        if (code is { } c && !IsValid(field, c))
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, $"Not a valid value for {field.Key}.");
        }

        var copy = (int[])_codes.Clone();
        copy[field.Index] = code ?? Unknown;
        return new WorkProfile(Name, copy);
    }

    internal static bool IsValid(ProfileField field, int code) => field.Kind switch
    {
        ProfileFieldKind.Choice or ProfileFieldKind.Boolean => code >= 0 && code < field.Values.Length,
        ProfileFieldKind.Integer => code >= field.Minimum && code <= field.Maximum,
        _ => false,
    };

    /// <summary>The fields that have no answer.</summary>
    public ImmutableArray<ProfileField> UnknownFields =>
        [.. ProfileFields.Answerable.Where(f => _codes[f.Index] == Unknown)];

    /// <summary>The answer as it would appear in a profile (<c>"high"</c>, <c>true</c>, <c>12</c>), or <c>null</c>.</summary>
    public object? GetJsonValue(ProfileField field) => this[field] is { } c ? field.ToJsonValue(c) : null;

    /// <summary>The answer formatted as text, or <c>null</c>.</summary>
    public string? GetText(ProfileField field) =>
        field.Kind == ProfileFieldKind.Text ? Name : this[field] is { } c ? field.Format(c) : null;

    /// <summary>The answers that are known, as key/value pairs in interface order (name first).</summary>
    public IEnumerable<KeyValuePair<string, object>> ToPairs()
    {
        yield return new("name", Name);
        foreach (var field in ProfileFields.Answerable)
        {
            if (this[field] is { } c)
            {
                yield return new(field.Key, field.ToJsonValue(c));
            }
        }
    }

    /// <summary>The model on the table, if given.</summary>
    public EngagementModel? Considering => this[ProfileFields.Considering] is { } c ? (EngagementModel)c : null;

    /// <inheritdoc />
    public bool Equals(WorkProfile? other) =>
        other is not null && Name == other.Name && _codes.AsSpan().SequenceEqual(other._codes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorkProfile);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name);
        foreach (var c in _codes)
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", ToPairs().Select(p => $"{p.Key}={p.Value}"));
}
