using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sourcewise.Profiles;
using Sourcewise.Signals;

namespace Sourcewise.Cli.Infrastructure;

/// <summary>The kinds of file the commands take.</summary>
internal enum InputKind
{
    Unknown,
    Profile,
    Portfolio,
    CostScenario,
    Questionnaire,
    Contract,
}

/// <summary>Tells what kind of file a path looks like (by extension, then by its top-level keys), so that a file given
/// to the wrong command gets one line saying what it is and which command takes it, instead of a page of key errors.
/// Only consulted after a read has failed: it never rejects a file a reader accepts.</summary>
internal static partial class InputKinds
{
    private const int SniffBytes = 64 * 1024;
    private static readonly string[] CostKeys = ["horizonMonths", "options", "volatility", "currency"];

    public static InputKind Sniff(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".csv" or ".tsv" or ".xlsx":
                return InputKind.Portfolio;
            case ".txt" or ".md" or ".markdown" or ".html" or ".htm" or ".docx" or ".pdf":
                return InputKind.Contract;
            case not (".yaml" or ".yml" or ".json"):
                return InputKind.Unknown;
        }

        string text;
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[SniffBytes];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            text = Encoding.UTF8.GetString(buffer, 0, read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputKind.Unknown;
        }

        return FromText(text);
    }

    /// <summary>The kind of a YAML or JSON text, from its shape and its top-level keys.</summary>
    internal static InputKind FromText(string text)
    {
        var trimmed = StripComments(text).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('[') || trimmed.StartsWith("- ", StringComparison.Ordinal))
        {
            return InputKind.Portfolio;
        }

        var keys = TopLevelKeys(trimmed);
        if (keys.Count == 0)
        {
            return InputKind.Unknown;
        }

        if (keys.Overlaps(CostKeys))
        {
            return InputKind.CostScenario;
        }

        if (ProfileFields.Answerable.Any(f => keys.Contains(f.Key)))
        {
            return InputKind.Profile;
        }

        var signals = SignalCatalogue.Default;
        return keys.Contains("claimedModel") || keys.Any(k => signals.TryGetSignal(k, out _))
            ? InputKind.Questionnaire
            : InputKind.Unknown;
    }

    /// <summary>What a file of this kind is, and the commands that take it.</summary>
    public static (string What, string Commands) Describe(InputKind kind, string path) => kind switch
    {
        InputKind.Profile => ("a work profile", $"'sourcewise assess {path}' or 'sourcewise report {path}'"),
        InputKind.Portfolio => ("a portfolio of workstreams", $"'sourcewise portfolio {path}'"),
        InputKind.CostScenario => ("a cost scenario", $"'sourcewise cost {path}' or 'sourcewise report PROFILE --cost {path}'"),
        InputKind.Questionnaire => ("a questionnaire of answered signals", $"'sourcewise check {path}'"),
        InputKind.Contract => ("a proposal, SOW or contract", $"'sourcewise check {path}' or 'sourcewise report PROFILE --contract {path}'"),
        _ => ("a file of another kind", "another command"),
    };

    /// <summary>When <paramref name="path"/> looks like a kind other than <paramref name="expected"/>, the one-line error
    /// to print instead of the reader's diagnostics; otherwise <c>null</c>.</summary>
    public static string? WrongKind(string path, string expectedName, params InputKind[] expected)
    {
        var kind = Sniff(path);
        if (kind == InputKind.Unknown || expected.Contains(kind))
        {
            return null;
        }

        var (what, commands) = Describe(kind, path);
        return $"error: {path}: this looks like {what}, not {expectedName}; it goes to {commands}.";
    }

    private static HashSet<string> TopLevelKeys(string text)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (text.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in document.RootElement.EnumerateObject())
                    {
                        keys.Add(property.Name);
                    }
                }
            }
            catch (JsonException)
            {
                // Truncated or broken JSON: the keys at the start of its lines still say something.
                foreach (Match m in JsonKey().Matches(text))
                {
                    keys.Add(m.Groups[1].Value);
                }
            }

            return keys;
        }

        foreach (Match m in YamlKey().Matches(text))
        {
            keys.Add(m.Groups[1].Value);
        }

        return keys;
    }

    private static string StripComments(string text) => YamlComment().Replace(text, string.Empty);

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9_-]*)\s*:", RegexOptions.Multiline)]
    private static partial Regex YamlKey();

    [GeneratedRegex(@"^\s{0,2}""([A-Za-z][A-Za-z0-9_-]*)""\s*:", RegexOptions.Multiline)]
    private static partial Regex JsonKey();

    [GeneratedRegex(@"^\s*#.*$", RegexOptions.Multiline)]
    private static partial Regex YamlComment();
}
