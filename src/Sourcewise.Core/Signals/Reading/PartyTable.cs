using System.Collections.Immutable;
using Sourcewise.Contracts;

namespace Sourcewise.Signals.Reading;

/// <summary>The parties of one document and the words that name them: the defined short names of the opening
/// ("between Northwind Traders Ltd. (\"Client\") and Tailspin Engineering LLC (\"Supplier\")"), the legal names,
/// role nouns and pronouns. Each party is read as the client, the vendor or a third party: by its role noun when it
/// has one, as the opposite of the other party when only one has a role noun, and otherwise by what it does in the
/// document (the party that performs the services is the vendor; the one that pays is the client).</summary>
/// <threadsafety>Immutable after <see cref="Resolve"/>; <see cref="Tag"/> is thread-safe.</threadsafety>
internal sealed partial class PartyTable
{
    /// <summary>Sentences at the start in which the parties are defined.</summary>
    private const int OpeningSentences = 40;

    /// <summary>Legal-name endings: the name before them is a company.</summary>
    private static readonly ImmutableHashSet<string> CorporateSuffixes = ImmutableHashSet.Create(StringComparer.Ordinal,
        "inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co", "company", "plc", "gmbh", "ag", "sa",
        "bv", "nv", "lp", "llp", "lllp", "pllc", "pc", "pty", "srl", "spa", "sas", "ab", "oy", "as", "kk", "kg", "pte",
        "partnership", "trust", "holdings", "group", "l", "p", "c", "s", "a", "b", "v", "n");

    /// <summary>Capitalised words that begin sentences or headings and are never a party's short name.</summary>
    private static readonly ImmutableHashSet<string> NotNames = ImmutableHashSet.Create(StringComparer.Ordinal,
        "the", "this", "that", "these", "such", "each", "any", "all", "no", "if", "in", "on", "by", "for", "to", "of",
        "a", "an", "and", "or", "as", "at", "with", "upon", "section", "article", "exhibit", "schedule", "agreement",
        "whereas", "now", "therefore", "witnesseth", "between", "among", "dated", "effective", "date", "party",
        "parties", "inc", "llc", "ltd", "corp", "co", "new", "north", "south", "east", "west", "american", "national",
        "international", "global", "united", "general", "first", "us", "u", "we", "you", "our", "your", "it", "its");

    private readonly Dictionary<string, List<Name>> _byFirstWord;
    private readonly RoleNouns _nouns;
    private readonly bool _roleNounsAreParties;
    private readonly Role _namedRoles;

    private PartyTable(Dictionary<string, List<Name>> byFirstWord, RoleNouns nouns, bool roleNounsAreParties,
        ImmutableArray<PartyInfo> parties, Role namedRoles = Role.None)
    {
        _byFirstWord = byFirstWord;
        _nouns = nouns;
        _roleNounsAreParties = roleNounsAreParties;
        _namedRoles = namedRoles;
        Parties = parties;
    }

    /// <summary>The parties found in the opening, with their roles (empty when none was defined).</summary>
    public ImmutableArray<PartyInfo> Parties { get; }

    /// <summary>The short names of the two main parties, whatever their roles ("licensor", "employer").</summary>
    public ImmutableArray<string> MainNames { get; private init; } = [];

    /// <summary>The sentences that introduce the parties ("made between X ("Client") and Y"): they name the
    /// agreement and its parties, and say nothing of how the work is done.</summary>
    public ImmutableArray<int> PreambleSentences { get; private init; } = [];

    /// <summary>The lexicon's <c>PEOPLE</c> concept: a lower-case role noun that names people ("the Provider's
    /// consultants") is the vendor's people, not another company.</summary>
    private int PeopleConcept { get; init; } = -1;

    /// <summary>A table with no defined parties: role nouns and pronouns only.</summary>
    public static PartyTable RoleNounsOnly(Lexicon lexicon) =>
        new([], lexicon.RoleNouns, roleNounsAreParties: true, []) { PeopleConcept = lexicon.Concept("PEOPLE") };

    /// <summary>Finds a document's parties and their roles.</summary>
    public static PartyTable Resolve(IReadOnlyList<ContractSentence> sentences, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var nouns = lexicon.RoleNouns;
        var definitions = new List<Definition>();
        var between = -10;
        for (var i = 0; i < Math.Min(OpeningSentences, sentences.Count); i++)
        {
            // "BETWEEN: MODUS MEDIA INTERNATIONAL (HEREINAFTER "MMI") AND DRAGON SYSTEMS, INC.": the word that
            // introduces the parties may stand a sentence or two before their definitions.
            if (BetweenWords().IsMatch(sentences[i].Text))
            {
                between = i;
            }

            FindDefinitions(sentences[i].Text, definitions, preamble: i - between <= 2, i);
        }

        // Keep the first definition of each short name; drop defined terms that are not parties.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parties = new List<Definition>();
        foreach (var d in definitions)
        {
            var key = string.Join(' ', d.Alias);
            var stems = string.Join(' ', d.Alias.Select(PorterStemmer.Stem));
            var roleNoun = IsRoleNoun(nouns, d.Alias);
            if (seen.Add(key) && !nouns.NotParty.Contains(key) && d.Alias.Length <= 4
                && !NamesADocument(d.Alias, lexicon, d.Corporate ? d.LegalName : null)
                && (roleNoun || d.Corporate || (d.Preamble && d.LegalName is not null && parties.Count < 2)))
            {
                parties.Add(d);
            }
        }

        if (parties.Count < 2)
        {
            // "This agreement is between Ember Peak Games Ltd and Ostrava Dynamics s.r.o.", or no preamble at all:
            // the parties are known only by their company names.
            foreach (var name in CompanyNames(sentences, lexicon, parties))
            {
                parties.Add(name);
                if (parties.Count >= 2)
                {
                    break;
                }
            }
        }

        if (parties.Count == 0)
        {
            return RoleNounsOnly(lexicon);
        }

        var roles = new Role[parties.Count];
        var strength = new int[parties.Count];
        for (var p = 0; p < parties.Count; p++)
        {
            var whole = string.Join(' ', parties[p].Alias);
            var last = parties[p].Alias[^1];
            if (parties[p].Pronoun is { } pronounRole)
            {
                roles[p] = pronounRole;
                strength[p] = 2;
            }
            else if (IsIn(nouns.StrongClient, whole, last))
            {
                (roles[p], strength[p]) = (Role.Client, 2);
            }
            else if (IsIn(nouns.StrongVendor, whole, last))
            {
                (roles[p], strength[p]) = (Role.Vendor, 2);
            }
            else if (IsIn(nouns.Client, whole, last) && !IsIn(nouns.Vendor, whole, last))
            {
                (roles[p], strength[p]) = (Role.Client, 1);
            }
            else if (IsIn(nouns.Vendor, whole, last) && !IsIn(nouns.Client, whole, last))
            {
                (roles[p], strength[p]) = (Role.Vendor, 1);
            }
        }

        // The two main parties are the first two defined; others are third parties unless they carry a role noun.
        var main = Enumerable.Range(0, parties.Count).Take(2).ToArray();
        if (main.Length == 2)
        {
            var (a, b) = (main[0], main[1]);
            if (strength[a] > strength[b] && roles[a] != Role.None)
            {
                roles[b] = Opposite(roles[a]);
            }
            else if (strength[b] > strength[a] && roles[b] != Role.None)
            {
                roles[a] = Opposite(roles[b]);
            }
            else if (roles[a] == roles[b] || roles[a] == Role.None || roles[b] == Role.None)
            {
                // Same strength and no clear difference: read what each does.
                var score = Behaviour(sentences, lexicon, parties[a], parties[b]);
                if (score != 0)
                {
                    roles[a] = score > 0 ? Role.Vendor : Role.Client;
                    roles[b] = Opposite(roles[a]);
                }
                else if (roles[a] != Role.None && roles[a] == roles[b])
                {
                    roles[b] = Opposite(roles[a]);
                }
                else if (roles[a] == Role.None && roles[b] != Role.None)
                {
                    roles[a] = Opposite(roles[b]);
                }
                else if (roles[b] == Role.None && roles[a] != Role.None)
                {
                    roles[b] = Opposite(roles[a]);
                }
            }
        }

        for (var p = 2; p < parties.Count; p++)
        {
            if (strength[p] < 2 || roles[p] == Role.None)
            {
                roles[p] = Role.Third;
            }
        }

        var table = new Dictionary<string, List<Name>>(StringComparer.Ordinal);
        var infos = ImmutableArray.CreateBuilder<PartyInfo>();
        var roleNounDefined = false;
        var namedRoles = Role.None;
        for (var p = 0; p < parties.Count; p++)
        {
            var role = roles[p];
            if (role == Role.None)
            {
                continue;
            }

            var d = parties[p];
            var isRoleNoun = IsRoleNoun(nouns, d.Alias);
            roleNounDefined |= isRoleNoun && p < 2;
            if (!isRoleNoun && p < 2 && role is Role.Client or Role.Vendor)
            {
                namedRoles |= role;
            }
            infos.Add(new PartyInfo(string.Join(' ', d.Alias), d.LegalName is null ? null : string.Join(' ', d.LegalName), role));
            Add(table, d.Alias, role, requireCapital: !isRoleNoun && d.Pronoun is null);
            if (d.LegalName is { Length: > 0 } legal)
            {
                Add(table, legal, role, requireCapital: true);
                var first = legal[0];
                if (legal.Length > 1 && first.Length >= 3 && !NotNames.Contains(first) && !CorporateSuffixes.Contains(first)
                    && lexicon.Lookup(first, isNumber: false).Concepts.IsEmpty)
                {
                    Add(table, [first], role, requireCapital: true);
                }
            }
        }

        // Role nouns still name the parties when the defined names are role nouns too ("Customer" and "Provider"),
        // or when a party is named only by its company name; a role noun the document did not define is someone
        // else ("clients of the Company").
        return new PartyTable(table, nouns, roleNounsAreParties: !roleNounDefined, infos.ToImmutable(), namedRoles)
        {
            MainNames = [.. parties.Take(2).Select(d => string.Join(' ', d.Alias))],
            PeopleConcept = lexicon.Concept("PEOPLE"),
            PreambleSentences = [.. parties.Where(d => d.Preamble && d.Sentence >= 0).Select(d => d.Sentence).Distinct()],
        };
    }

    /// <summary>"Services Agreement", "1940 Act", "Acceptance Criteria": a defined term that names a document or
    /// a thing, not a party.</summary>
    private static bool NamesADocument(string[] alias, Lexicon lexicon, string[]? legalName)
    {
        var last = lexicon.Lookup(alias[^1], isNumber: false);
        if ((last.Class & (WordClass.DocumentNoun | WordClass.PlanNoun)) != 0)
        {
            return true;
        }

        // "Dragon Systems" is the company's own name; "Work Product" and "Administrative Services" are things.
        var partOfName = legalName is not null && alias.All(legalName.Contains);
        return !partOfName && !last.Concepts.IsEmpty && !IsPartyConcept(last, lexicon);
    }

    /// <summary>Words that name a party's role also carry concepts ("Consultant" is PEOPLE); they do not disqualify
    /// a defined name.</summary>
    private static bool IsPartyConcept(WordInfo word, Lexicon lexicon) =>
        IsIn(lexicon.RoleNouns.Client, word.Word, word.Word) || IsIn(lexicon.RoleNouns.Vendor, word.Word, word.Word)
        || IsIn(lexicon.RoleNouns.Other, word.Word, word.Word)
        || word.Concepts.Overlaps(lexicon.Concepts(["PEOPLE", "MANAGER"]));

    /// <summary>Companies named without a defined short name: capitalised names with a corporate suffix ("Halcyon
    /// Software Ltd"), and capitalised names that act as subjects ("Tidewater may swap …", "Vantor will run …") more
    /// than once. The most frequent come first.</summary>
    private static IEnumerable<Definition> CompanyNames(IReadOnlyList<ContractSentence> sentences, Lexicon lexicon,
        List<Definition> known)
    {
        var counts = new Dictionary<string, (string[] Words, int Count, bool Corporate, int First)>(StringComparer.Ordinal);
        var limit = Math.Min(sentences.Count, 400);
        for (var s = 0; s < limit; s++)
        {
            var tokens = new List<(string Lower, string Text, TokenKind Kind)>();
            var introduces = s < OpeningSentences && BetweenWords().IsMatch(sentences[s].Text);
            var scanner = new TokenScanner(sentences[s].Text);
            while (scanner.MoveNext())
            {
                var text = scanner.Current.ToString();
                tokens.Add((text.ToLowerInvariant(), text, scanner.Kind));
            }

            for (var i = 0; i < tokens.Count; i++)
            {
                if (!IsNameWord(tokens[i], lexicon, first: true))
                {
                    continue;
                }

                var j = i;
                var words = new List<string>();
                while (j < tokens.Count && words.Count < 5 && (IsNameWord(tokens[j], lexicon, first: false)
                       || (words.Count > 0 && tokens[j].Lower == "&")))
                {
                    words.Add(tokens[j].Lower);
                    j++;
                }

                // A capitalised role noun can end a company's name ("Brightwater Capital Advisors", "Pellbridge
                // Consulting").
                if (words.Count > 0 && j < tokens.Count && tokens[j].Kind == TokenKind.Word && char.IsUpper(tokens[j].Text[0])
                    && words.Count < 5 && IsIn(lexicon.RoleNouns.Vendor, tokens[j].Lower, tokens[j].Lower)
                    && !IsIn(lexicon.RoleNouns.StrongVendor, tokens[j].Lower, tokens[j].Lower))
                {
                    words.Add(tokens[j].Lower);
                    j++;
                }

                // A corporate suffix ("Ltd", "Inc.", "s.r.o.") right after the name.
                var corporate = false;
                var k = j;
                while (k < tokens.Count && (tokens[k].Kind == TokenKind.Punct && tokens[k].Text is "." or "," || CorporateSuffixes.Contains(tokens[k].Lower)
                       || tokens[k].Lower is "llp" or "sro" or "as" or "ab" or "oy" or "bv" or "nv" or "sa" or "ag" or "kg"))
                {
                    corporate |= tokens[k].Kind == TokenKind.Word && tokens[k].Lower.Length > 1;
                    k++;
                }

                while (words.Count > 0 && CorporateSuffixes.Contains(words[^1]))
                {
                    words.RemoveAt(words.Count - 1);
                    corporate = true;
                }

                // The name acts: a modal verb or a possessive follows ("Tidewater may", "Marrow & Finch's"); or the
                // opening introduces it ("between Ember Peak Games Ltd and Ostrava Dynamics s.r.o.").
                var acts = j < tokens.Count && (tokens[j].Kind == TokenKind.Possessive
                    || (lexicon.Lookup(tokens[j].Text, isNumber: false).Class & WordClass.Modal) != 0);
                corporate |= introduces && i > 0 && tokens[i - 1].Lower is "between" or "and" or "by";
                if (words.Count == 0 || (!corporate && !acts))
                {
                    i = Math.Max(i, j - 1);
                    continue;
                }

                var key = string.Join(' ', words);
                counts[key] = counts.TryGetValue(key, out var c)
                    ? (c.Words, c.Count + 1, c.Corporate || corporate, c.First)
                    : ([.. words], 1, corporate, s);
                i = Math.Max(i, j - 1);
            }
        }

        // A short form ("Halcyon Software") counts for the longer name it begins.
        var names = counts.Values.OrderByDescending(n => n.Words.Length).ToList();
        var merged = new List<(string[] Words, int Count, bool Corporate, int First)>();
        foreach (var n in names)
        {
            var index = merged.FindIndex(m => m.Words.Take(n.Words.Length).SequenceEqual(n.Words));
            if (index >= 0)
            {
                merged[index] = (merged[index].Words, merged[index].Count + n.Count, merged[index].Corporate || n.Corporate, Math.Min(merged[index].First, n.First));
            }
            else
            {
                merged.Add(n);
            }
        }

        var taken = known.Select(d => string.Join(' ', d.Alias)).ToHashSet(StringComparer.Ordinal);
        // A name that acts once counts too near the start of a document that introduces nobody otherwise.
        foreach (var n in merged.Where(n => n.Corporate || n.Count >= 2 || (n.First < 5 && known.Count == 0))
                     .OrderBy(n => n.First).ThenByDescending(n => n.Count))
        {
            if (taken.Contains(string.Join(' ', n.Words)) || known.Any(d => d.LegalName is { } l && l.Take(n.Words.Length).SequenceEqual(n.Words)))
            {
                continue;
            }

            yield return new Definition(n.Words, n.Words, null) { Corporate = true, Preamble = true };
        }
    }

    /// <summary>A capitalised word that can be part of a company's name: not a role noun, not a function word, not
    /// a lexicon concept at the start of the name ("The", "Each", "Services").</summary>
    private static bool IsNameWord((string Lower, string Text, TokenKind Kind) token, Lexicon lexicon, bool first)
    {
        if (token.Kind != TokenKind.Word || !char.IsUpper(token.Text[0]) || NotNames.Contains(token.Lower) && first)
        {
            return false;
        }

        if (token.Text.Length > 1 && token.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && token.Text.Length > 4)
        {
            // Headings in capitals are not names.
            return false;
        }

        var info = lexicon.Lookup(token.Text, isNumber: false);
        if (info.Class != WordClass.None || IsIn(lexicon.RoleNouns.Client, token.Lower, token.Lower)
            || IsIn(lexicon.RoleNouns.Vendor, token.Lower, token.Lower) || IsIn(lexicon.RoleNouns.Other, token.Lower, token.Lower))
        {
            return false;
        }

        return !first || info.Concepts.IsEmpty;
    }

    private static bool IsRoleNoun(RoleNouns nouns, string[] alias)
    {
        var whole = string.Join(' ', alias);
        return IsIn(nouns.Client, whole, alias[^1]) || IsIn(nouns.Vendor, whole, alias[^1]) || IsIn(nouns.Other, whole, alias[^1]);
    }

    /// <summary>Whether a defined name (or its last word, singular or plural) is in a role-noun list.</summary>
    private static bool IsIn(System.Collections.Frozen.FrozenSet<string> nouns, string whole, string last) =>
        nouns.Contains(whole) || nouns.Contains(last) || (last.EndsWith('s') && nouns.Contains(last[..^1]));

    private static Role Opposite(Role role) => role switch
    {
        Role.Client => Role.Vendor,
        Role.Vendor => Role.Client,
        _ => Role.None,
    };

    private static void Add(Dictionary<string, List<Name>> table, string[] words, Role role, bool requireCapital)
    {
        if (!table.TryGetValue(words[0], out var list))
        {
            table[words[0]] = list = [];
        }

        if (!list.Any(n => n.Words.SequenceEqual(words)))
        {
            list.Add(new Name(words, role, requireCapital));
            list.Sort((x, y) => y.Words.Length.CompareTo(x.Words.Length));
        }
    }

    /// <summary>Positive when <paramref name="a"/> acts as the vendor (performs, is paid), negative when it acts as
    /// the client (pays, receives the services).</summary>
    private static int Behaviour(IReadOnlyList<ContractSentence> sentences, Lexicon lexicon, Definition a, Definition b)
    {
        var pay = lexicon.Concept("PAY");
        var vendorActs = lexicon.Concepts(["PERFORM", "PROVIDE", "FIX", "OPERATE", "RESPOND", "REPERFORM", "WARRANTY", "SUBSTITUTE", "CREDIT"]);
        var clientActs = lexicon.Concepts(["PAY", "DIRECT", "ENGAGE", "ACCEPT", "PRIORITISE"]);
        var people = lexicon.Concept("PEOPLE");
        var credit = lexicon.Concept("CREDIT");
        var score = 0;
        var limit = Math.Min(sentences.Count, 3000);
        var words = new List<(string Lower, ConceptSet Concepts, bool Modal, bool AfterPossessive)>();
        for (var s = 0; s < limit; s++)
        {
            words.Clear();
            var scanner = new TokenScanner(sentences[s].Text);
            var possessive = false;
            while (scanner.MoveNext())
            {
                if (scanner.Kind is TokenKind.Word)
                {
                    var info = lexicon.Lookup(scanner.Current, isNumber: false);
                    words.Add((info.Word, info.Concepts, (info.Class & WordClass.Modal) != 0, possessive));
                }

                possessive = scanner.Kind is TokenKind.Possessive;
            }

            for (var i = 0; i < words.Count; i++)
            {
                var (who, length) = Which(words, i, a, b);
                if (who == 0)
                {
                    continue;
                }

                // "<party> shall [also] pay|provide|perform …"
                var j = i + length;
                if (j >= words.Count || !words[j].Modal)
                {
                    continue;
                }

                j++;
                if (j < words.Count && words[j].Lower is "also" or "promptly" or "hereby")
                {
                    j++;
                }

                if (j >= words.Count || words[j].Lower == "not")
                {
                    continue;
                }

                var c = words[j].Concepts;
                if (c.Overlaps(clientActs))
                {
                    score -= who;
                }
                else if (c.Overlaps(vendorActs))
                {
                    score += who;
                }
            }

            // "X will pay Y …": Y is paid, so it is the vendor; "supply … developers to Y": Y receives them.
            for (var i = 1; i < words.Count; i++)
            {
                var (who, length) = Which(words, i, a, b);
                if (who != 0 && words[i - 1].Concepts.Contains(pay))
                {
                    score += who;
                }
                else if (who != 0 && words[i - 1].Concepts.Contains(credit))
                {
                    // "Vantor will credit Greystone 5% of the fee": the one credited is the client.
                    score -= who;
                }

                // "The Consultancy's analysts shall …" opening a sentence: the people who act are the vendor's.
                if (who != 0 && i == 1 && words[0].Lower == "the" && i + length + 1 < words.Count
                    && words[i + length].AfterPossessive && words[i + length].Concepts.Contains(people) && words[i + length + 1].Modal)
                {
                    score += 2 * who;
                }

                // "each Tidewater engineer", "any Ostrava Dynamics tester": the people are the vendor's.
                var after = i + length;
                if (who != 0 && words[i - 1].Lower is "each" or "every" or "any" or "a" or "all" or "one"
                    && after < words.Count && !words[after].AfterPossessive && words[after].Concepts.Contains(people))
                {
                    // Whose people they are says more than one verb: it counts twice.
                    score += 2 * who;
                }
            }
        }

        return score;
    }

    /// <summary>Which of the two parties the words at <paramref name="i"/> name (1 for <paramref name="a"/>, -1 for
    /// <paramref name="b"/>), by the defined name or, for a company known by its name only, its first word
    /// ("Tidewater" for "Tidewater Analytics"); and how many words that takes.</summary>
    private static (int Who, int Length) Which(List<(string Lower, ConceptSet Concepts, bool Modal, bool AfterPossessive)> words, int i,
        Definition a, Definition b)
    {
        if (Starts(words, i, a.Alias))
        {
            return (1, a.Alias.Length);
        }

        if (Starts(words, i, b.Alias))
        {
            return (-1, b.Alias.Length);
        }

        static bool First(Definition d, string word) => d.LegalName is { Length: > 1 } legal && legal[0] == word && word.Length >= 3
            && !NotNames.Contains(word);
        var word = words[i].Lower;
        return First(a, word) && !First(b, word) ? (1, 1) : First(b, word) && !First(a, word) ? (-1, 1) : (0, 0);
    }

    private static bool Starts(List<(string Lower, ConceptSet Concepts, bool Modal, bool AfterPossessive)> words, int i, string[] alias)
    {
        if (i + alias.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < alias.Length; k++)
        {
            if (words[i + k].Lower != alias[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Finds the short names defined in one sentence: <c>X ("Alias")</c>, <c>X (the "Alias")</c>,
    /// <c>X, hereinafter referred to as "Alias"</c>.</summary>
    private static void FindDefinitions(string text, List<Definition> definitions, bool preamble, int sentence = -1)
    {
        var tokens = new List<(string Lower, string Text, TokenKind Kind, char Char)>();
        var scanner = new TokenScanner(text);
        while (scanner.MoveNext())
        {
            var current = scanner.Current.ToString();
            tokens.Add((current.ToLowerInvariant(), current, scanner.Kind, scanner.Kind == TokenKind.Punct ? scanner.Char : '\0'));
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsOpenQuote(tokens[i]))
            {
                continue;
            }

            // The quoted alias.
            var end = i + 1;
            while (end < tokens.Count && !IsCloseQuote(tokens[end]) && end - i <= 6)
            {
                end++;
            }

            if (end >= tokens.Count || end == i + 1 || end - i > 6)
            {
                continue;
            }

            var alias = tokens.Skip(i + 1).Take(end - i - 1).Where(t => t.Kind is TokenKind.Word or TokenKind.Number)
                .Select(t => t.Lower).ToArray();
            if (alias.Length == 0)
            {
                continue;
            }

            // What introduces it: "(", "(the", "(hereinafter", ", hereinafter referred to as", "as".
            var k = i - 1;
            while (k >= 0 && tokens[k].Kind == TokenKind.Word && tokens[k].Lower is "the" or "hereinafter" or "hereafter"
                       or "referred" or "to" or "as" or "called" or "herein" or "collectively" or "each" or "individually"
                       or "a" or "an" or "together" or "with" or "its" or "affiliates" or "and" or "or" or "jointly")
            {
                k--;
            }

            var introduced = k >= 0 && (tokens[k].Char is '(' or ',' or '[')
                || (k < i - 1 && tokens[k + 1].Lower is "hereinafter" or "hereafter" or "as");
            if (!introduced)
            {
                continue;
            }

            Role? pronoun = null;
            var words = alias.Where(w => w is not ("the" or "a" or "an")).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            if (words[0] is "we" or "us" or "our")
            {
                continue;
            }

            var legal = LegalName(tokens, k, out var corporate);
            definitions.Add(new Definition(words, legal, pronoun) { Corporate = corporate, Preamble = preamble, Sentence = sentence });
            i = end;
        }
    }

    /// <summary>The capitalised name just before position <paramref name="k"/> (the bracket or comma that
    /// introduces the alias), skipping a description such as ", a Delaware corporation with offices at …".</summary>
    private static string[]? LegalName(List<(string Lower, string Text, TokenKind Kind, char Char)> tokens, int k, out bool corporate)
    {
        corporate = false;

        // Walk back to the start of the clause naming this party.
        var start = 0;
        for (var j = k - 1; j >= 0 && k - j < 120; j--)
        {
            if (tokens[j].Lower is "between" or "among" || tokens[j].Char is ')' or ';' or ':'
                || (tokens[j].Lower == "and" && j > 0 && tokens[j - 1].Char is ',' or ')'))
            {
                start = j + 1;
                break;
            }
        }

        // The first run of capitalised words (allowing "&", "of", "and", "." and "," before a corporate suffix).
        var words = new List<string>();
        for (var j = start; j < k; j++)
        {
            var t = tokens[j];
            var capital = t.Kind == TokenKind.Word && char.IsUpper(t.Text[0]);
            if (capital || (words.Count > 0 && (t.Lower is "&" or "of" or "de" or "and" || t.Char == '.'
                || (t.Char == ',' && j + 1 < k && CorporateSuffixes.Contains(tokens[j + 1].Lower)))))
            {
                if (t.Kind is TokenKind.Word or TokenKind.Symbol)
                {
                    words.Add(t.Lower);
                }
            }
            else if (words.Count > 0)
            {
                break;
            }
        }

        var nameEnd = start;
        for (var j = start; j < k && words.Count > 0; j++)
        {
            if (tokens[j].Lower == words[^1])
            {
                nameEnd = j;
            }
        }

        while (words.Count > 0 && (CorporateSuffixes.Contains(words[^1]) || words[^1] is "&" or "of" or "and"))
        {
            corporate |= CorporateSuffixes.Contains(words[^1]) && words[^1].Length > 1;
            words.RemoveAt(words.Count - 1);
        }

        // A short description between the name and the bracket ("a Delaware corporation", "having its principal
        // place of business at") says the defined term is a party.
        if (words.Count > 0 && !corporate && k - nameEnd <= 40)
        {
            for (var j = nameEnd + 1; j < k; j++)
            {
                if (tokens[j].Lower is "corporation" or "incorporated" or "organized" or "organised" or "llc" or "inc" or "ltd"
                    or "limited" or "partnership" or "individual" or "residing" or "gmbh" or "plc" or "corp" or "association")
                {
                    corporate = true;
                    break;
                }
            }
        }

        return words.Count is > 0 and <= 8 ? [.. words] : null;
    }

    private static bool IsOpenQuote((string Lower, string Text, TokenKind Kind, char Char) t) => t.Char is '"' or '“' or '\'' or '‘';

    private static bool IsCloseQuote((string Lower, string Text, TokenKind Kind, char Char) t) => t.Char is '"' or '”' or '\'' or '’';

    /// <summary>Marks the tokens of a sentence that name a party.</summary>
    public void Tag(Span<Token> tokens, string text)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            ref var t = ref tokens[i];
            if (t.Kind != TokenKind.Word || t.Info is not { } info)
            {
                continue;
            }

            // Pronouns: "you" is the client, "we" the vendor, unless the document defined them otherwise.
            if ((info.Class & WordClass.ClientPronoun) != 0)
            {
                Mark(tokens, i, 1, Role.Client);
                continue;
            }

            // "US" in capitals is the country; a lower-case "i" is a list marker.
            if ((info.Class & WordClass.VendorPronoun) != 0 && !(info.Word == "us" && t.Is(TokenFlags.AllCaps))
                && !(info.Word == "i" && !t.Is(TokenFlags.Capitalized)))
            {
                Mark(tokens, i, 1, Role.Vendor);
                continue;
            }

            if (_byFirstWord.TryGetValue(info.Word, out var names) && Match(tokens, i, names, out var length, out var role))
            {
                Mark(tokens, i, length, role);
                i += length - 1;
                continue;
            }

            // Someone else: "a third party", "the Licensor", "any subcontractor".
            if (MatchPhrase(tokens, i, _nouns.Third, out var thirdLength))
            {
                Mark(tokens, i, thirdLength, Role.Third);
                i += thirdLength - 1;
                continue;
            }

            if (MatchPhrase(tokens, i, _nouns.Both, out var bothLength))
            {
                Mark(tokens, i, bothLength, Role.Both);
                i += bothLength - 1;
                continue;
            }

            // A role noun: a party when the document does not name its parties otherwise; someone else when it does
            // ("the Company's clients").
            var client = IsIn(_nouns.StrongClient, info.Word, info.Word);
            var vendor = IsIn(_nouns.StrongVendor, info.Word, info.Word);
            if (client || vendor)
            {
                var nounRole = client ? Role.Client : Role.Vendor;
                if (_roleNounsAreParties && (t.Is(TokenFlags.Capitalized) || (i > 0 && tokens[i - 1].IsWord("the"))))
                {
                    Mark(tokens, i, 1, nounRole);
                }
                else if (!_roleNounsAreParties && t.Is(TokenFlags.Capitalized) && _namedRoles.HasFlag(nounRole))
                {
                    // "the Provider" in a contract whose vendor is defined as "EmployeeCo": the only vendor there is.
                    Mark(tokens, i, 1, nounRole);
                }
                else if (!_roleNounsAreParties && !t.Is(TokenFlags.Capitalized)
                         && !(vendor && PeopleConcept >= 0 && t.Concepts.Contains(PeopleConcept) && !OwnedBy(tokens, i, Role.Client | Role.Third)))
                {
                    Mark(tokens, i, 1, Role.Third);
                }
            }
            else if (_roleNounsAreParties && info.Word == "company" && t.Is(TokenFlags.Capitalized) && _byFirstWord.Count == 0)
            {
                Mark(tokens, i, 1, Role.Client);
            }
        }

        _ = text;
    }

    /// <summary>Whether the word follows a possessive of a party with one of <paramref name="roles"/>
    /// ("the Customer's contractors").</summary>
    private static bool OwnedBy(Span<Token> tokens, int i, Role roles)
    {
        var k = i - 1;
        if (k >= 0 && tokens[k].Kind == TokenKind.Possessive)
        {
            k--;
        }

        return k >= 0 && k < i - 1 && tokens[k].Is(TokenFlags.Party) && (tokens[k].Role & roles) != 0;
    }

    private static void Mark(Span<Token> tokens, int start, int length, Role role)
    {
        for (var j = start; j < start + length && j < tokens.Length; j++)
        {
            tokens[j].Role = role;
            tokens[j].Flags |= TokenFlags.Party;
            tokens[j].Concepts = ConceptSet.Empty;
        }
    }

    private static bool Match(Span<Token> tokens, int i, List<Name> names, out int length, out Role role)
    {
        foreach (var name in names)
        {
            if (name.RequireCapital && !tokens[i].Is(TokenFlags.Capitalized))
            {
                continue;
            }

            var j = i;
            var w = 0;
            while (w < name.Words.Length && j < tokens.Length)
            {
                if (tokens[j].Kind == TokenKind.Punct && tokens[j].Char is '.' or ',' && w > 0)
                {
                    j++;
                    continue;
                }

                if (tokens[j].Info?.Word != name.Words[w])
                {
                    break;
                }

                j++;
                w++;
            }

            if (w == name.Words.Length)
            {
                length = j - i;
                role = name.Role;
                return true;
            }
        }

        length = 0;
        role = Role.None;
        return false;
    }

    private static bool MatchPhrase(Span<Token> tokens, int i, ImmutableArray<string[]> phrases, out int length)
    {
        foreach (var phrase in phrases)
        {
            if (i + phrase.Length > tokens.Length)
            {
                continue;
            }

            var ok = true;
            for (var w = 0; w < phrase.Length && ok; w++)
            {
                ok = tokens[i + w].Info?.Word == phrase[w];
            }

            if (ok)
            {
                length = phrase.Length;
                return true;
            }
        }

        length = 0;
        return false;
    }

    private sealed record Name(string[] Words, Role Role, bool RequireCapital);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:between|among|amongst|parties|party|entered\s+into|made\s+by)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BetweenWords();

    private sealed record Definition(string[] Alias, string[]? LegalName, Role? Pronoun)
    {
        /// <summary>A corporate description or suffix came with the name ("a Delaware corporation").</summary>
        public bool Corporate { get; init; }

        /// <summary>Defined in a sentence that says who the agreement is between.</summary>
        public bool Preamble { get; init; }

        /// <summary>The index of the sentence that defines it, or -1.</summary>
        public int Sentence { get; init; } = -1;
    }
}

/// <summary>A party found in a document's opening.</summary>
/// <param name="Alias">Its short name, lower case.</param>
/// <param name="LegalName">Its legal name, lower case, if found.</param>
/// <param name="Role">Client, vendor or third party.</param>
internal sealed record PartyInfo(string Alias, string? LegalName, Role Role);
