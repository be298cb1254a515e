namespace Sourcewise.Profiles;

/// <summary>The kind of value a work-profile field holds.</summary>
public enum ProfileFieldKind
{
    /// <summary>Free text (only <c>name</c>).</summary>
    Text,

    /// <summary>One of a fixed list of ids.</summary>
    Choice,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number within a range.</summary>
    Integer,
}
