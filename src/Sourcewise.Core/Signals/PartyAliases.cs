using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sourcewise.Contracts;

namespace Sourcewise.Signals;

/// <summary>The short name a contract gives one party ("Aduro", "eGain") when the other party goes by a role word
/// ("Consultant", "Customer"): the cues speak of the client and the vendor by role, so the named party is read as
/// the opposite role. Only the text the signals are read from changes; the evidence stays the document's own.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
internal sealed partial class PartyAliases
{
    /// <summary>Sentences at the start in which the parties are defined (the same opening as the claim).</summary>
    private const int OpeningSentences = ClaimedModelReader.OpeningSentences;

    private static readonly string[] VendorWords = ["provider", "service provider", "supplier", "vendor", "contractor", "consultant", "developer", "outsourcer"];
    private static readonly string[] ClientWords = ["client", "customer", "company", "buyer", "purchaser", "licensee"];

    /// <summary>Defined terms that can follow a party's name but are not a party.</summary>
    private static readonly string[] NotParties = ["agreement", "effective date", "services", "software", "products", "territory", "parties", "party", "affiliates"];

    private readonly Regex _alias;
    private readonly string _role;

    private PartyAliases(string alias, string role)
    {
        Alias = alias;
        _role = role;
        _alias = new Regex($@"(?<![\w-]){Regex.Escape(alias)}(?![\w-])", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);
    }

    /// <summary>The party's short name.</summary>
    public string Alias { get; }

    /// <summary>The role word it is read as ("Customer" or "Provider").</summary>
    public string Role => _role;

    /// <summary>The alias of a named party whose counterpart is named by a role word, or null.</summary>
    public static PartyAliases? Find(IReadOnlyList<ContractSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var parties = new List<string>();
        for (var i = 0; i < Math.Min(OpeningSentences, sentences.Count); i++)
        {
            foreach (Match m in PartyDefinition().Matches(sentences[i].Text))
            {
                var alias = m.Groups["alias"].Value.Trim();
                if (!parties.Contains(alias, StringComparer.OrdinalIgnoreCase) && !NotParties.Contains(alias, StringComparer.OrdinalIgnoreCase))
                {
                    parties.Add(alias);
                }
            }
        }

        static bool Is(string alias, string[] words) =>
            words.Any(w => alias.Equals(w, StringComparison.OrdinalIgnoreCase) || alias.EndsWith(" " + w, StringComparison.OrdinalIgnoreCase));

        var vendors = parties.Where(p => Is(p, VendorWords)).ToList();
        var clients = parties.Where(p => Is(p, ClientWords)).ToList();
        var named = parties.Where(p => !Is(p, VendorWords) && !Is(p, ClientWords)).ToList();

        // Exactly one party named by a role word and one by a name; anything else is too unsure to rewrite.
        if (named.Count != 1 || vendors.Count + clients.Count != 1 || named[0].Length < 2)
        {
            return null;
        }

        return new PartyAliases(named[0], vendors.Count == 1 ? "Customer" : "Provider");
    }

    /// <summary>The sentences with the alias replaced by its role word.</summary>
    public ImmutableArray<ContractSentence> Rewrite(IReadOnlyList<ContractSentence> sentences) =>
        [.. sentences.Select(s => _alias.IsMatch(s.Text) ? s with { Text = _alias.Replace(s.Text, _role) } : s)];

    /// <summary>Puts the document's own sentences back into the evidence found in the rewritten ones.</summary>
    public static ImmutableArray<DetectedSignal> Restore(ImmutableArray<DetectedSignal> signals,
        IReadOnlyList<ContractSentence> original, IReadOnlyList<ContractSentence> rewritten)
    {
        var own = new Dictionary<(int?, int, string), string>();
        for (var i = 0; i < original.Count; i++)
        {
            if (!ReferenceEquals(original[i], rewritten[i]))
            {
                own.TryAdd((rewritten[i].Page, rewritten[i].Line, rewritten[i].Text), original[i].Text);
            }
        }

        return [.. signals.Select(s => s with
        {
            Evidence = [.. s.Evidence.Select(e => own.TryGetValue((e.Page, e.Line, e.Text), out var text) ? e with { Text = text } : e)],
        })];
    }

    // A quoted short name in brackets after a party's legal name: Aduro Biotech, Inc. ... ("Aduro").
    [GeneratedRegex(@"\b(?:Inc|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|B\.\s?V|GmbH|S\.A|plc|N\.V|AG|L\.?P|Co|Company|company|corporation|partnership)\b\.?[^()]{0,160}?\((?:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+)?|hereafter\s+(?:the\s+)?)?[""“](?<alias>[A-Za-z][\w.&' -]{0,30}?)[""”]\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartyDefinition();
}
