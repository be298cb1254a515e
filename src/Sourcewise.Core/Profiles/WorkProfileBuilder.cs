using System.Globalization;
using Sourcewise.Diagnostics;
using Sourcewise.Text;

namespace Sourcewise.Profiles;

/// <summary>Builds a <see cref="WorkProfile"/> from untrusted key/value text, collecting every problem.</summary>
/// <remarks>Not thread-safe; use one builder per profile. Never throws for bad input.</remarks>
public sealed class WorkProfileBuilder
{
    private readonly int[] _codes;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly bool[] _seen;
    private readonly string _fieldPrefix;
    private string? _name;

    /// <summary>Creates an empty builder.</summary>
    /// <param name="fieldPrefix">Prefix for field paths in messages, e.g. <c>[3].</c> for the fourth item of a list.</param>
    public WorkProfileBuilder(string fieldPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(fieldPrefix);
        _fieldPrefix = fieldPrefix;
        _codes = new int[ProfileFields.All.Length];
        _seen = new bool[ProfileFields.All.Length];
        Array.Fill(_codes, WorkProfile.Unknown);
    }

    /// <summary>Diagnostics collected so far.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Whether any error was collected.</summary>
    public bool HasErrors => _diagnostics.Any(d => d.IsError);

    /// <summary>Adds a diagnostic found by the caller (for example a malformed cell).</summary>
    public void Report(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _diagnostics.Add(diagnostic);
    }

    /// <summary>Sets one answer from its text. <c>null</c> or blank text means "unknown".</summary>
    /// <param name="key">The key as written by the user.</param>
    /// <param name="value">The value as written by the user.</param>
    /// <param name="location">Where the value was written (the field path is filled in here).</param>
    /// <returns><c>true</c> when the key and value were accepted.</returns>
    public bool Set(string key, string? value, SourceLocation? location = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var field = ProfileFields.Find(key);
        if (field is null)
        {
            _diagnostics.Add(Diagnostic.Error("unknown-key",
                $"unknown key '{key}'{Suggestions.DidYouMean(key, ProfileFields.Keys)}; accepted keys: {string.Join(", ", ProfileFields.Keys)}",
                (location ?? new SourceLocation(null)).WithField(_fieldPrefix + key)));
            return false;
        }

        return Set(field, value, location);
    }

    /// <summary>Sets one answer for a known field from its text.</summary>
    public bool Set(ProfileField field, string? value, SourceLocation? location = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        var where = (location ?? new SourceLocation(null)).WithField(_fieldPrefix + field.Key);
        if (_seen[field.Index])
        {
            _diagnostics.Add(Diagnostic.Error("duplicate-key", $"'{field.Key}' is given more than once", where));
            return false;
        }

        _seen[field.Index] = true;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (field.Kind == ProfileFieldKind.Text)
        {
            if (text.Length > 200)
            {
                _diagnostics.Add(Diagnostic.Error("value-too-long", "name is longer than 200 characters", where));
                return false;
            }

            _name = text;
            return true;
        }

        if (TryParse(field, text, out var code, out var error))
        {
            _codes[field.Index] = code;
            return true;
        }

        _diagnostics.Add(Diagnostic.Error("invalid-value", error, where));
        return false;
    }

    /// <summary>Parses a value for a field without side effects.</summary>
    public static bool TryParse(ProfileField field, string text, out int code, out string error)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(text);
        code = 0;
        error = string.Empty;
        switch (field.Kind)
        {
            case ProfileFieldKind.Choice:
                for (var i = 0; i < field.Values.Length; i++)
                {
                    if (string.Equals(field.Values[i], text, StringComparison.OrdinalIgnoreCase))
                    {
                        code = i;
                        return true;
                    }
                }

                error = $"unknown value '{text}'{Suggestions.DidYouMean(text, field.Values)}; accepted: {string.Join(", ", field.Values)}";
                return false;
            case ProfileFieldKind.Boolean:
                if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
                {
                    code = 1;
                    return true;
                }

                if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
                {
                    code = 0;
                    return true;
                }

                error = $"'{text}' is not a boolean; accepted: true, false";
                return false;
            case ProfileFieldKind.Integer:
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    error = $"'{text}' is not a whole number; accepted: {field.AcceptedDescription}";
                    return false;
                }

                if (number < field.Minimum || number > field.Maximum)
                {
                    error = $"{text} is out of range; accepted: {field.AcceptedDescription}";
                    return false;
                }

                code = (int)number;
                return true;
            default:
                error = $"'{field.Key}' cannot be set this way";
                return false;
        }
    }

    /// <summary>Finishes the profile: fails when any error was found or the name is missing.</summary>
    /// <param name="location">Where the whole profile came from (used for a missing name).</param>
    public Result<WorkProfile> Build(SourceLocation? location = null)
    {
        if (_name is null && !_diagnostics.Any(d => d.Location?.Field == _fieldPrefix + "name"))
        {
            _diagnostics.Add(Diagnostic.Error("missing-name", "'name' is required",
                (location ?? new SourceLocation(null)).WithField(_fieldPrefix + "name")));
        }

        if (HasErrors)
        {
            return Result<WorkProfile>.Fail([.. _diagnostics]);
        }

        return Result<WorkProfile>.Ok(new WorkProfile(_name!, (int[])_codes.Clone()), [.. _diagnostics]);
    }
}
