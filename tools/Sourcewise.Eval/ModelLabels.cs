using System.Collections.Immutable;

namespace Sourcewise.Eval;

/// <summary>The answers the check can give about a document's model, and how the manifest's labels map to them.</summary>
internal static class ModelLabels
{
    /// <summary>The dimensions conflict: an engagement whose model the check does not name.</summary>
    public const string Undetermined = "undetermined";

    /// <summary>Not an engagement for services at all (licence, employment, guarantee, press release).</summary>
    public const string NotAnEngagement = "not-an-engagement";

    /// <summary>The manifest's label for a document that is not an engagement for engineering work.</summary>
    public const string OutOfScope = "out-of-scope";

    /// <summary>The three engagement models.</summary>
    public static readonly ImmutableArray<string> Models = [.. EngagementModels.Ids];

    /// <summary>Every answer, in report order.</summary>
    public static readonly ImmutableArray<string> All = [.. Models, Undetermined, NotAnEngagement];

    /// <summary>A manifest label as an answer: <c>out-of-scope</c> means <c>not-an-engagement</c>.</summary>
    public static string FromManifest(string label) => label == OutOfScope ? NotAnEngagement : label;

    /// <summary>Whether the label is one of the three engagement models (a services contract).</summary>
    public static bool IsModel(string label) => Models.Contains(label, StringComparer.Ordinal);
}
