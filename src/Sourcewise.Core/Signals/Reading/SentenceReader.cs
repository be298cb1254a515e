using Sourcewise.Contracts;

namespace Sourcewise.Signals.Reading;

/// <summary>Reads one sentence: tokens with stems and concepts, the parties it names, its clauses and their scope
/// (negated, conditional, excepted, the name of another document), and, for any word, who does it, to whom and to
/// what. One reader per thread; it is reused for every sentence.</summary>
/// <remarks>The clause reading is shallow and rule-based: a clause ends at a semicolon, at a subordinator ("if",
/// "except", "to the extent", "but") or at ", and" before a new subject with a modal verb; a condition or exception
/// that opens a sentence ends at its first comma. A negator reaches to the end of its clause, unless a limiting verb
/// follows it ("nothing … shall limit the Client's right to …").</remarks>
internal sealed class SentenceReader
{
    private const int AgentReach = 10;
    private const int RecipientReach = 4;

    private readonly Lexicon _lexicon;
    private readonly int _people;
    private readonly int _keyPeople;
    private readonly int _manager;
    private readonly int _propertyNoun;
    private readonly int _effort;
    private readonly int _modalPhrase;
    private readonly int _warranty;
    private Token[] _tokens = new Token[64];
    private Clause[] _clauses = new Clause[8];

    public SentenceReader(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _people = lexicon.Concept("PEOPLE");
        _keyPeople = lexicon.Concept("KEY_PEOPLE");
        _manager = lexicon.Concept("MANAGER");
        _propertyNoun = lexicon.Concept("PROPERTY_NOUN");
        _effort = lexicon.Concept("EFFORT");
        _modalPhrase = lexicon.Concept("MODAL_PHRASE");
        _warranty = lexicon.Concept("WARRANTY");
    }

    public string Text { get; private set; } = string.Empty;

    public ContractLineKind LineKind { get; private set; }

    public int Count { get; private set; }

    public int ClauseCount { get; private set; }

    /// <summary>Whether the sentence has a verb (a modal, "be", "have", or a verb after a party): captions and
    /// lines of a table of contents have none.</summary>
    public bool HasVerb { get; private set; }

    /// <summary>How many number tokens the sentence has.</summary>
    public int Numbers { get; private set; }

    /// <summary>How many word tokens the sentence has.</summary>
    public int Words { get; private set; }

    /// <summary>Every concept of the sentence.</summary>
    public ConceptSet Concepts { get; private set; }

    /// <summary>The parties the sentence names.</summary>
    public Role Roles { get; private set; }

    public ref Token this[int index] => ref _tokens[index];

    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, Count);

    public ref Clause ClauseAt(int index) => ref _clauses[index];

    /// <summary>The clause a token is in.</summary>
    public ref Clause ClauseOf(int token) => ref _clauses[_tokens[token].Clause];

    public Lexicon Lexicon => _lexicon;

    /// <summary>Reads a sentence.</summary>
    public void Read(string text, ContractLineKind kind, PartyTable parties)
    {
        Text = text;
        LineKind = kind;
        Tokenize(text);
        MarkLeadingHeading();
        MatchPhrases();
        parties.Tag(_tokens.AsSpan(0, Count), text);
        MarkCrossReferences();
        MarkPrivatives();
        SplitClauses();
        MarkNegation();
        var all = ConceptSet.Empty;
        var roles = Role.None;
        var words = 0;
        var hasVerb = false;
        var numbers = 0;
        for (var i = 0; i < Count; i++)
        {
            ref var t = ref _tokens[i];
            ref var clause = ref _clauses[t.Clause];
            words += t.Kind == TokenKind.Word ? 1 : 0;
            numbers += t.Kind == TokenKind.Number ? 1 : 0;
            hasVerb |= t.IsClass(WordClass.Modal | WordClass.Be | WordClass.Have | WordClass.AgreeVerb) || VerbAfterSubject(i);
            if (!t.Is(TokenFlags.CrossReference) && !t.Is(TokenFlags.Note))
            {
                clause.Concepts = clause.Concepts.Union(t.Concepts);
                all = all.Union(t.Concepts);
            }

            clause.Roles |= t.Role;
            roles |= t.Role;
        }

        Concepts = all;
        Roles = roles;
        Words = words;
        HasVerb = hasVerb;
        Numbers = numbers;
    }

    private void Tokenize(string text)
    {
        var count = 0;
        var scanner = new TokenScanner(text);
        var quoted = false;
        var brackets = 0;
        var squareStart = -1;
        while (scanner.MoveNext())
        {
            if (count == _tokens.Length)
            {
                Array.Resize(ref _tokens, _tokens.Length * 2);
            }

            ref var t = ref _tokens[count];
            t = default;
            t.Start = scanner.Start;
            t.Length = scanner.Length;
            t.Kind = scanner.Kind;
            var span = scanner.Current;
            switch (scanner.Kind)
            {
                case TokenKind.Word:
                case TokenKind.Number:
                case TokenKind.Symbol:
                    t.Info = _lexicon.Lookup(span, scanner.Kind == TokenKind.Number);
                    t.Concepts = t.Info.Concepts;
                    if (char.IsUpper(span[0]))
                    {
                        t.Flags |= TokenFlags.Capitalized;
                        if (span.Length > 1 && IsAllCaps(span))
                        {
                            t.Flags |= TokenFlags.AllCaps;
                        }
                    }

                    break;
                case TokenKind.Punct:
                    t.Char = scanner.Char;
                    switch (t.Char)
                    {
                        case '"':
                            quoted = !quoted;
                            break;
                        case '“':
                            quoted = true;
                            break;
                        case '”':
                            quoted = false;
                            break;
                        case '(' or '[':
                            brackets++;
                            if (t.Char == '[' && squareStart < 0)
                            {
                                squareStart = count;
                            }

                            break;
                        case ')' or ']':
                            brackets = Math.Max(0, brackets - 1);
                            if (t.Char == ']' && squareStart >= 0)
                            {
                                MarkNote(squareStart, count);
                                squareStart = -1;
                            }

                            break;
                    }

                    break;
            }

            if (quoted && t.Kind != TokenKind.Punct)
            {
                t.Flags |= TokenFlags.Quoted;
            }

            if (brackets > 0)
            {
                t.Flags |= TokenFlags.Bracketed;
            }

            count++;
        }

        if (squareStart >= 0)
        {
            MarkNote(squareStart, count);
        }

        Count = count;
    }

    /// <summary>A drafting instruction in square brackets ("[Describe fees, whether hourly, by project …]") is not a
    /// clause: a bracketed span of six words or more is marked as a note. Short ones are placeholders ("[Hourly
    /// Rate]") and are read.</summary>
    private void MarkNote(int open, int close)
    {
        var words = 0;
        for (var j = open; j < close; j++)
        {
            words += _tokens[j].Kind == TokenKind.Word ? 1 : 0;
        }

        if (words < 6)
        {
            return;
        }

        for (var j = open; j <= close && j < _tokens.Length; j++)
        {
            _tokens[j].Flags |= TokenFlags.Note;
        }
    }

    /// <summary>"Consultant hereby irrevocably assigns": a word with concepts right after a party (adverbs between).</summary>
    private bool VerbAfterSubject(int i)
    {
        ref var t = ref _tokens[i];
        if (t.Kind != TokenKind.Word || t.Is(TokenFlags.Party) || t.Concepts.IsEmpty)
        {
            return false;
        }

        for (var j = i - 1; j >= Math.Max(0, i - 4); j--)
        {
            ref var p = ref _tokens[j];
            if (p.Is(TokenFlags.Party))
            {
                return true;
            }

            if (!(p.IsClass(WordClass.Adverb) || (p.Info?.Word.EndsWith("ly", StringComparison.Ordinal) ?? false)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"2. Compensation and Expenses. Aduro shall pay …": a numbered caption run into the sentence is not part
    /// of the clause; its words are marked as a note.</summary>
    private void MarkLeadingHeading()
    {
        var i = 0;
        while (i < Count && (_tokens[i].Kind == TokenKind.Number || _tokens[i].Kind == TokenKind.Punct && _tokens[i].Char is '(' or ')' or '.'
                             || (_tokens[i].Kind == TokenKind.Word && _tokens[i].Length <= 2 && i + 1 < Count && _tokens[i + 1].Kind == TokenKind.Punct)))
        {
            i++;
        }

        if (i == 0)
        {
            return;
        }

        var start = i;
        var words = 0;
        while (i < Count && words <= 6 && _tokens[i].Kind == TokenKind.Word
               && (_tokens[i].Is(TokenFlags.Capitalized) || _tokens[i].Info?.Word is "and" or "of" or "or" or "the" or "to" or "for" or "&"))
        {
            i++;
            words++;
        }

        // The caption ends with a full stop (or a colon) and a capitalised sentence follows.
        if (words is 0 or > 6 || i + 1 >= Count || !(_tokens[i].IsPunct('.') || _tokens[i].IsPunct(':'))
            || !_tokens[i + 1].Is(TokenFlags.Capitalized))
        {
            return;
        }

        for (var j = start; j <= i; j++)
        {
            _tokens[j].Flags |= TokenFlags.Note;
        }
    }

    /// <summary>Tags the tokens of every lexicon phrase and marks the scope phrases' first tokens.</summary>
    private void MatchPhrases()
    {
        if (_phraseConcepts.Length < Count)
        {
            _phraseConcepts = new ConceptSet[_tokens.Length];
        }

        Array.Clear(_phraseConcepts, 0, Count);
        for (var i = 0; i < Count; i++)
        {
            if (_tokens[i].Info is not { Phrases.Length: > 0 } info)
            {
                continue;
            }

            foreach (var phrase in info.Phrases)
            {
                var end = MatchPhrase(i, phrase);
                if (end < 0)
                {
                    continue;
                }

                for (var j = i; j < end; j++)
                {
                    _phraseConcepts[j] = _phraseConcepts[j].Union(phrase.Concepts);
                    if (phrase.Scope == ScopeMarker.Benign)
                    {
                        _tokens[j].Flags |= TokenFlags.Benign;
                    }
                }

                if (phrase.Scope is not (ScopeMarker.None or ScopeMarker.Benign) && !_tokens[i].Is(TokenFlags.Benign)
                    && _tokens[i].Scope == ScopeMarker.None)
                {
                    _tokens[i].Scope = phrase.Scope;
                }
            }
        }

        // A phrase adds its concepts to its words; some replace them: "intellectual property" is IP, not the
        // "property" a party owns.
        var replacing = _lexicon.Replacing;
        for (var i = 0; i < Count; i++)
        {
            var phrase = _phraseConcepts[i];
            if (!phrase.IsEmpty)
            {
                _tokens[i].Concepts = phrase.Overlaps(replacing) ? phrase : _tokens[i].Concepts.Union(phrase);
            }
        }
    }

    private ConceptSet[] _phraseConcepts = new ConceptSet[64];

    /// <summary>The end (exclusive) of the phrase if it starts at <paramref name="i"/>, or -1. Commas, quotes and
    /// brackets inside the text are skipped ("right, title and interest").</summary>
    private int MatchPhrase(int i, Phrase phrase)
    {
        var j = i;
        for (var k = 0; k < phrase.Keys.Length; k++)
        {
            while (k > 0 && j < Count && _tokens[j].Kind is TokenKind.Punct or TokenKind.Possessive
                   && _tokens[j].Char is ',' or '"' or '“' or '”' or '\'' or '‘' or '’' or '(' or ')' or '\0')
            {
                j++;
            }

            if (j >= Count || _tokens[j].Info is not { } info || !Lexicon.KeyMatches(info, phrase.Keys[k], phrase.Exact[k]))
            {
                return -1;
            }

            j++;
        }

        return j;
    }

    /// <summary>Marks the names of other documents: a run of capitalised words ending in "Agreement", "Contract" (one
    /// word before it is enough) or "Plan", "Policy", "Schedule" … (two words before it), unless "this" precedes it.
    /// Concepts inside the name do not count: "the Transition Services Agreement" is not transition assistance.</summary>
    private void MarkCrossReferences()
    {
        for (var i = 1; i < Count; i++)
        {
            ref var t = ref _tokens[i];
            if (t.Info is not { } info || !t.Is(TokenFlags.Capitalized) || t.Is(TokenFlags.AllCaps)
                || (info.Class & (WordClass.DocumentNoun | WordClass.PlanNoun)) == 0)
            {
                continue;
            }

            var needed = (info.Class & WordClass.DocumentNoun) != 0 ? 1 : 2;
            var start = i;
            var content = 0;
            for (var j = i - 1; j >= 0; j--)
            {
                ref var p = ref _tokens[j];
                if (p.Kind == TokenKind.Word && p.Is(TokenFlags.Capitalized) && !p.Is(TokenFlags.Party)
                    && p.Info is { } pi && (pi.Class & (WordClass.Determiner | WordClass.Preposition)) == 0)
                {
                    start = j;
                    content++;
                }
                else if (p.Kind == TokenKind.Word && p.Info?.Word is "of" or "and" or "&" && content > 0)
                {
                    continue;
                }
                else
                {
                    break;
                }
            }

            if (content < needed)
            {
                continue;
            }

            if (start > 0 && _tokens[start - 1].Info?.Word is "this" or "these")
            {
                continue;
            }

            for (var j = start; j <= i; j++)
            {
                _tokens[j].Flags |= TokenFlags.CrossReference;
            }
        }
    }

    /// <summary>"without the Client's prior written consent": the words after "without" name what is absent, up to
    /// the next punctuation (eight words at most). "without charge" is a phrase of its own and is left alone.</summary>
    private void MarkPrivatives()
    {
        for (var i = 0; i < Count; i++)
        {
            ref var t = ref _tokens[i];
            if (!t.IsClass(WordClass.Privative) || !t.Concepts.IsEmpty || t.Is(TokenFlags.Benign))
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(Count, i + 9); j++)
            {
                ref var p = ref _tokens[j];
                if (p.Kind == TokenKind.Punct && p.Char is not ('(' or ')' or '"' or '“' or '”'))
                {
                    break;
                }

                p.Flags |= TokenFlags.Privative;
            }
        }
    }

    private void SplitClauses()
    {
        var clauses = 0;
        void Open(int start, ClauseKind kind)
        {
            if (clauses == _clauses.Length)
            {
                Array.Resize(ref _clauses, _clauses.Length * 2);
            }

            _clauses[clauses] = new Clause { Start = start, End = Count, Kind = kind };
            clauses++;
        }

        void Close(int end) => _clauses[clauses - 1].End = end;

        Open(0, ClauseKind.Main);
        var closeAtComma = false;
        _subordinateOpen = false;
        for (var i = 0; i < Count; i++)
        {
            ref var t = ref _tokens[i];
            var current = _clauses[clauses - 1];
            if (t.Kind == TokenKind.Punct && (t.Char == ';' || (t.Char == ':' && !t.Is(TokenFlags.Bracketed))))
            {
                t.Clause = clauses - 1;
                Close(i + 1);
                Open(i + 1, ClauseKind.Main);
                closeAtComma = false;
                continue;
            }

            var marker = t.Scope;
            if (marker != ScopeMarker.None && t.Is(TokenFlags.Bracketed) && i > 0 && _tokens[i - 1].IsPunct('(')
                && (marker.HasFlag(ScopeMarker.Conditional) || marker.HasFlag(ScopeMarker.Exception)))
            {
                // "(if directed by Customer)", "(other than the Vendor's tools)": the brackets are the condition.
                var flag = marker.HasFlag(ScopeMarker.Conditional) ? TokenFlags.Conditional : TokenFlags.Exception;
                for (var k = i; k < Count && !_tokens[k].IsPunct(')'); k++)
                {
                    _tokens[k].Flags |= flag;
                }
            }
            else if (marker != ScopeMarker.None && !t.Is(TokenFlags.Bracketed | TokenFlags.Quoted))
            {
                if (marker.HasFlag(ScopeMarker.Conditional) || marker.HasFlag(ScopeMarker.Exception))
                {
                    // A subordinate: "if …", "except …". At the start of its sentence or clause it ends at a comma.
                    if (i > current.Start)
                    {
                        Close(i);
                        Open(i, marker.HasFlag(ScopeMarker.Conditional) ? ClauseKind.Conditional : ClauseKind.Exception);
                    }
                    else
                    {
                        _clauses[clauses - 1].Kind = marker.HasFlag(ScopeMarker.Conditional) ? ClauseKind.Conditional : ClauseKind.Exception;
                    }

                    closeAtComma = true;
                }
                else if (marker.HasFlag(ScopeMarker.Subordinate))
                {
                    // "Although the Customer sets the objectives, it shall have no right …": the subordinate ends
                    // at its comma.
                    if (i > current.Start)
                    {
                        Close(i);
                        Open(i, ClauseKind.Main);
                    }

                    closeAtComma = true;
                    _subordinateOpen = true;
                }
                else if (marker.HasFlag(ScopeMarker.Break) && i > current.Start)
                {
                    Close(i);
                    Open(i, ClauseKind.Main);
                    closeAtComma = false;
                }
            }
            else if (t.Kind == TokenKind.Punct && t.Char == ',' && !t.Is(TokenFlags.Bracketed))
            {
                var kind = _clauses[clauses - 1].Kind;
                if (closeAtComma && (kind != ClauseKind.Main || _subordinateOpen) && i - current.Start >= 2 && !CommaInList(i))
                {
                    t.Clause = clauses - 1;
                    Close(i + 1);
                    Open(i + 1, ClauseKind.Main);
                    closeAtComma = false;
                    _subordinateOpen = false;
                    continue;
                }

                if (NewSubjectFollows(i))
                {
                    t.Clause = clauses - 1;
                    Close(i + 1);
                    Open(i + 1, ClauseKind.Main);
                    closeAtComma = false;
                    continue;
                }
            }

            t.Clause = clauses - 1;
        }

        ClauseCount = clauses;
        for (var c = 0; c < clauses; c++)
        {
            ref var clause = ref _clauses[c];
            var flag = clause.Kind switch
            {
                ClauseKind.Conditional => TokenFlags.Conditional,
                ClauseKind.Exception => TokenFlags.Exception,
                _ => TokenFlags.None,
            };
            for (var i = clause.Start; i < clause.End; i++)
            {
                _tokens[i].Clause = c;
                _tokens[i].Flags |= flag;
            }
        }

    }

    private bool _subordinateOpen;

    /// <summary>Whether the comma at <paramref name="i"/> separates items of a list ("tools, materials and
    /// methods") rather than ending a clause: the next word is a noun-like word followed by another comma or
    /// "and"/"or" soon.</summary>
    private bool CommaInList(int i)
    {
        // A main clause follows when a verb (modal, "be", "have") comes before the next comma.
        for (var j = i + 1; j < Math.Min(Count, i + 16); j++)
        {
            ref var t = ref _tokens[j];
            if (t.IsClass(WordClass.Modal | WordClass.Be | WordClass.Have) || VerbAfterSubject(j))
            {
                return false;
            }

            if (t.Kind == TokenKind.Punct && t.Char is ',' or ';' or '.')
            {
                break;
            }
        }

        for (var j = i + 1; j < Math.Min(Count, i + 4); j++)
        {
            ref var t = ref _tokens[j];
            if (t.Is(TokenFlags.Party))
            {
                return false;
            }

            if (t.Kind == TokenKind.Punct && t.Char == ',')
            {
                return true;
            }

            if (t.IsWord("and") || t.IsWord("or"))
            {
                return j > i + 1;
            }
        }

        return false;
    }

    /// <summary>", and Provider will …": a comma, a conjunction, then a subject and a modal within four words.</summary>
    private bool NewSubjectFollows(int i)
    {
        if (i + 2 >= Count || !(_tokens[i + 1].IsWord("and") || _tokens[i + 1].IsWord("or") || _tokens[i + 1].IsWord("but")))
        {
            return false;
        }

        for (var j = i + 2; j < Math.Min(Count, i + 7); j++)
        {
            ref var t = ref _tokens[j];
            if (t.IsClass(WordClass.Modal))
            {
                return j > i + 2;
            }

            if (t.Kind == TokenKind.Punct)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Marks every token a negator reaches: from the negator to the end of its clause, or up to a limiting
    /// verb ("nothing … shall limit …"). Phrases that only look negative ("no later than") are not negators.</summary>
    private void MarkNegation()
    {
        for (var c = 0; c < ClauseCount; c++)
        {
            ref var clause = ref _clauses[c];
            var negated = false;
            var warrants = false;
            for (var i = clause.Start; i < clause.End; i++)
            {
                ref var t = ref _tokens[i];
                if (!negated && t.IsClass(WordClass.Negator) && !t.Is(TokenFlags.Benign) && !IsNumberAbbreviation(i))
                {
                    negated = true;
                    warrants = false;
                    clause.Negated = true;
                }
                else if (negated && t.Concepts.Contains(_warranty))
                {
                    // "does not warrant … or that it will correct all defects": what is not warranted stays negated.
                    warrants = true;
                }
                else if (negated && !warrants && (t.IsWord("and") || t.IsWord("or")) && i + 1 < clause.End
                         && _tokens[i + 1].IsClass(WordClass.Relative | WordClass.Modal | WordClass.Be))
                {
                    // "… not authorized by Provider or that were made …": a new relative clause or verb.
                    negated = false;
                    continue;
                }
                else if (negated && t.IsClass(WordClass.Limiter) && !t.Is(TokenFlags.Benign))
                {
                    // "Nothing in this Agreement shall limit the Client's right to …": the negation stops here.
                    negated = false;
                    t.Flags |= TokenFlags.Negated;
                    continue;
                }

                if (negated)
                {
                    t.Flags |= TokenFlags.Negated;
                }
            }
        }
    }

    /// <summary>"No. 5", "Order No 12": not a negator.</summary>
    private bool IsNumberAbbreviation(int i)
    {
        if (!_tokens[i].IsWord("no"))
        {
            return false;
        }

        var j = i + 1;
        if (j < Count && _tokens[j].IsPunct('.'))
        {
            j++;
        }

        return j < Count && _tokens[j].Kind == TokenKind.Number;
    }

    /// <summary>Whether a word is an abstract head of ownership ("ownership", "rights", "title", "interest").</summary>
    public bool IsAbstract(int i) => _tokens[i].Info?.Word is "ownership" or "right" or "rights" or "title" or "interest"
        or "interests" or "benefit" or "property";

    /// <summary>The text of a token.</summary>
    public ReadOnlySpan<char> TextOf(int i) => Text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    /// <summary>Whether a word is used as a noun here ("the supervision of", "Client's direction") rather than a verb.</summary>
    public bool IsNoun(int i)
    {
        ref var t = ref _tokens[i];
        var word = t.Info?.Word ?? string.Empty;

        // Right after a modal ("will provision", "shall promptly commission") a word is a verb.
        var m = i - 1;
        if (m > 0 && _tokens[m].IsClass(WordClass.Adverb))
        {
            m--;
        }

        if (m >= 0 && m < i && _tokens[m].IsClass(WordClass.Modal) && !word.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        if (word.EndsWith("tion", StringComparison.Ordinal) || word.EndsWith("sion", StringComparison.Ordinal)
            || word.EndsWith("ment", StringComparison.Ordinal) || word.EndsWith("ance", StringComparison.Ordinal)
            || word.EndsWith("ence", StringComparison.Ordinal) || word.EndsWith("ship", StringComparison.Ordinal)
            || word.EndsWith("ity", StringComparison.Ordinal) || word.EndsWith("ure", StringComparison.Ordinal)
            || word.EndsWith("ions", StringComparison.Ordinal) || word.EndsWith("ments", StringComparison.Ordinal)
            || (word.EndsWith("al", StringComparison.Ordinal) && word.Length >= 6) || word.EndsWith("ness", StringComparison.Ordinal)
            || word is "property" or "owner" or "ownership" or "control" or "direction" or "credit" or "credits")
        {
            return !(word is "control" && i > 0 && (_tokens[i - 1].IsClass(WordClass.Modal) || _tokens[i - 1].IsWord("to")));
        }

        if (i == 0)
        {
            return false;
        }

        ref var p = ref _tokens[i - 1];
        if (p.Kind == TokenKind.Possessive || p.IsClass(WordClass.Determiner))
        {
            return true;
        }

        // An item of a list ("writings, documents, tests, designs and data") is a noun.
        if (p.IsPunct(',') && i + 1 < Count && (_tokens[i + 1].IsPunct(',') || _tokens[i + 1].IsWord("and") || _tokens[i + 1].IsWord("or")))
        {
            return true;
        }

        if (p.IsClass(WordClass.Preposition) && !p.IsWord("to"))
        {
            return !word.EndsWith("ing", StringComparison.Ordinal);
        }

        return i + 1 < Count && _tokens[i + 1].IsWord("of") && !word.EndsWith("s", StringComparison.Ordinal);
    }

    /// <summary>Whether a verb is passive: a participle after a form of "be" ("is assigned", "shall be
    /// supervised"), or a participle followed by "by" ("equipment provided by the Client").</summary>
    public bool IsPassive(int i)
    {
        ref var t = ref _tokens[i];
        var word = t.Info?.Word ?? string.Empty;
        var participle = word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal)
            || t.IsClass(WordClass.Participle);
        if (!participle)
        {
            return false;
        }

        for (var j = i - 1; j >= Math.Max(0, i - 4); j--)
        {
            ref var p = ref _tokens[j];
            if (p.IsClass(WordClass.Be))
            {
                return true;
            }

            if (!(p.IsClass(WordClass.Adverb) || p.IsClass(WordClass.Negator) || p.IsWord("and") || p.IsWord("or")
                  || p.IsPunct(',') || (p.Info?.Word.EndsWith("ly", StringComparison.Ordinal) ?? false)
                  || (p.Info?.Word.EndsWith("ed", StringComparison.Ordinal) ?? false)))
            {
                break;
            }
        }

        return i + 1 < Count && _tokens[i + 1].IsWord("by");
    }

    /// <summary>Who does what the word at <paramref name="i"/> says: the subject of an active verb (through
    /// "Client's manager", "the consultants, who …", "require the Contractor to …"), "by X" after a passive verb,
    /// and for a noun "X's direction", "the direction of X", "instructions from X", "such supervision as X may
    /// impose", "at the request of X".</summary>
    public Role Agent(int i) => AgentOf(i, out _);

    public Role AgentOf(int i, out int at)
    {
        at = -1;
        ref var clause = ref ClauseOf(i);
        if (IsNoun(i))
        {
            return NounAgent(i, clause.Start, clause.End, out at);
        }

        if (IsPassive(i))
        {
            return ByAgent(i, clause.End, out at);
        }

        // "In return for operating the service desk, the Supplier shall …": a gerund after a preposition is done by
        // the clause's subject.
        if (i > 0 && (_tokens[i].Info?.Word.EndsWith("ing", StringComparison.Ordinal) ?? false)
            && _tokens[i - 1].IsClass(WordClass.Preposition) && !_tokens[i - 1].IsWord("to"))
        {
            var subject = SubjectOfClause(i);
            if (subject != Role.None)
            {
                return subject;
            }
        }

        return SubjectOf(i, clause.Start, out at);
    }

    private Role NounAgent(int i, int start, int end, out int at)
    {
        // "Client's direction", "the Client's day-to-day supervision".
        for (var j = i - 1; j >= Math.Max(start, i - 4); j--)
        {
            ref var p = ref _tokens[j];
            if (p.Kind == TokenKind.Possessive && j > 0)
            {
                return RoleOfNounPhraseEndingAt(j - 1, start, out at);
            }

            if (p.Is(TokenFlags.Party) && p.Role != Role.None && j == i - 1)
            {
                at = j;
                return p.Role;
            }

            if (!(p.IsClass(WordClass.Determiner) || p.Kind == TokenKind.Word && !p.IsClass(WordClass.Preposition | WordClass.Modal | WordClass.Be)))
            {
                break;
            }
        }

        // "the direction of X", "instructions from X", "supervision by X", "supervision as X may impose".
        for (var j = i + 1; j < Math.Min(end, i + 7); j++)
        {
            ref var p = ref _tokens[j];
            if (p.IsWord("of") || p.IsWord("from") || p.IsWord("by"))
            {
                var role = PartyAfter(j + 1, end, out at);
                if (role != Role.None && !(at + 1 < Count && _tokens[at + 1].Kind == TokenKind.Possessive))
                {
                    return role;
                }
            }
            else if (p.IsWord("as") || p.IsWord("that") || p.IsWord("which"))
            {
                var role = PartyAfter(j + 1, end, out at);
                if (role != Role.None && at + 1 < end && (_tokens[at + 1].IsClass(WordClass.Modal) || _tokens[at + 1].Kind == TokenKind.Word))
                {
                    return role;
                }
            }
            else if (p.IsClass(WordClass.Modal) || p.IsPunct(';'))
            {
                break;
            }
        }

        // "at the Client's direction" is covered above; "as directed by X" is a passive verb.
        return SubjectOf(i, start, out at) is var subject && subject != Role.None && NounHasNoOwnAgent(i) ? subject : Role.None;
    }

    /// <summary>A nominalised action after a light verb takes the subject as agent: "Client will have control
    /// of", "Client shall provide direction to".</summary>
    private bool NounHasNoOwnAgent(int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - 4); j--)
        {
            ref var p = ref _tokens[j];
            if (p.Info?.Word is "have" or "has" or "retain" or "retains" or "exercise" or "exercises" or "maintain"
                or "maintains" or "keep" or "keeps" or "reserve" or "reserves" or "undertake" or "undertakes" or "perform"
                or "performs" || p.Concepts.Contains(_modalPhrase))
            {
                return true;
            }
        }

        return false;
    }

    private Role ByAgent(int i, int end, out int at)
    {
        for (var j = i + 1; j < Math.Min(end, i + AgentReach); j++)
        {
            ref var p = ref _tokens[j];
            if (p.IsWord("by"))
            {
                return PartyAfter(j + 1, end, out at);
            }

            // "at the Client's discretion", "at the request of the Client", "as the Customer sees fit".
            if (p.IsWord("at") || p.IsWord("upon") || p.IsWord("on") || p.IsWord("as"))
            {
                var role = PartyAfter(j + 1, end, out at);
                if (role != Role.None)
                {
                    return role;
                }
            }
        }

        at = -1;
        return Role.None;
    }

    /// <summary>The party named within a few words after <paramref name="from"/> (skipping determiners and
    /// adjectives), through a possessive ("the Client's managers" is the Client).</summary>
    public Role PartyAfter(int from, int end, out int at)
    {
        var reach = RecipientReach;
        for (var j = from; j < Math.Min(end, from + reach); j++)
        {
            ref var p = ref _tokens[j];
            if (p.Is(TokenFlags.Party))
            {
                at = j;
                return p.Role | CoordinatedParty(j, end);
            }

            // "the U.S. Government": initials and their dots; "the instructions of, Customer's managers": a comma.
            if (p.IsPunct('.') || p.IsPunct(',') || (p.Kind == TokenKind.Word && p.Length == 1 && p.Is(TokenFlags.Capitalized)))
            {
                reach++;
                continue;
            }

            if (!(p.IsClass(WordClass.Determiner) || p.Kind == TokenKind.Word && !p.IsClass(WordClass.Preposition | WordClass.Modal | WordClass.Be | WordClass.Conjunction)))
            {
                break;
            }
        }

        at = -1;
        return Role.None;
    }

    /// <summary>"by Customer and IBM": the role of a party joined by "and" to the one at <paramref name="j"/>, when it
    /// is the other main party (together they are both parties); otherwise none.</summary>
    private Role CoordinatedParty(int j, int end)
    {
        var role = _tokens[j].Role;
        var k = j;
        while (k < end && _tokens[k].Is(TokenFlags.Party) && _tokens[k].Role == role)
        {
            k++;
        }

        if (k + 1 < end && _tokens[k].IsWord("and"))
        {
            var m = k + 1 < end && _tokens[k + 1].IsWord("the") ? k + 2 : k + 1;
            if (m < end && _tokens[m].Is(TokenFlags.Party) && (_tokens[m].Role | role) == Role.Both)
            {
                return _tokens[m].Role;
            }
        }

        return Role.None;
    }

    /// <summary>The subject of the verb at <paramref name="i"/>: walks left over the verb group (modals, "be",
    /// adverbs, "hereby", "agrees to", "and", other verbs of a coordination) to the noun phrase before it.</summary>
    public Role SubjectOf(int i, int start, out int at) => SubjectOf(i, start, out at, depth: 0);

    private Role SubjectOf(int i, int start, out int at, int depth)
    {
        at = -1;
        var j = i - 1;
        var steps = 0;
        while (j >= 0 && steps < AgentReach)
        {
            ref var p = ref _tokens[j];
            if (p.Is(TokenFlags.Party) && p.Role != Role.None)
            {
                // "Vendor's engineers": the possessor is the one that acts.
                at = j;
                return p.Role;
            }

            if (p.Kind == TokenKind.Possessive)
            {
                return RoleOfNounPhraseEndingAt(j - 1, start, out at);
            }

            // "Customer may, at any time and in its sole discretion, reassign …": skip a parenthetical between
            // commas that follows a modal or the subject.
            if (p.IsPunct(',') && ParentheticalStart(j, start) is var open and >= 0)
            {
                j = open - 1;
                steps++;
                continue;
            }

            // "Vendor hereby assigns to Client, and agrees to assign, …": a coordinated verb shares the subject of
            // the verb before the conjunction.
            if ((p.IsWord("and") || p.IsWord("or")) && depth < 2 && PreviousVerb(j, start) is var verb and >= 0)
            {
                return SubjectOf(verb, start, out at, depth + 1);
            }

            var skippable = p.IsClass(WordClass.Modal | WordClass.Be | WordClass.Have | WordClass.Adverb | WordClass.Negator
                                      | WordClass.AgreeVerb | WordClass.Conjunction | WordClass.Relative)
                || p.IsWord("to") || p.IsPunct(',') || p.Is(TokenFlags.Benign) || p.Concepts.Contains(_effort)
                || p.Concepts.Contains(_modalPhrase)
                || (p.Info?.Word.EndsWith("ly", StringComparison.Ordinal) ?? false)
                || (!p.Concepts.IsEmpty && !IsNounLike(j) && p.Kind == TokenKind.Word);
            if (!skippable)
            {
                // The head of the subject noun phrase: its party, or its people.
                return RoleOfNounPhraseEndingAt(j, start, out at);
            }

            j--;
            steps++;
        }

        return Role.None;
    }

    /// <summary>The comma that opens a parenthetical closed by the comma at <paramref name="close"/>, when the word
    /// before it is a modal or a party ("Customer may, at any time, …"), or -1.</summary>
    private int ParentheticalStart(int close, int start)
    {
        for (var k = close - 1; k >= Math.Max(start + 1, close - 15); k--)
        {
            if (_tokens[k].IsPunct(','))
            {
                ref var before = ref _tokens[k - 1];
                return before.IsClass(WordClass.Modal) || before.Is(TokenFlags.Party) || before.Concepts.Contains(_modalPhrase) ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>The verb of the clause part before the conjunction at <paramref name="conjunction"/>: the nearest
    /// word before it that follows a modal, "hereby" or its subject directly ("Vendor hereby assigns").</summary>
    private int PreviousVerb(int conjunction, int start)
    {
        for (var k = conjunction - 1; k > Math.Max(start, conjunction - 25); k--)
        {
            ref var p = ref _tokens[k - 1];
            ref var t = ref _tokens[k];
            if (t.Kind == TokenKind.Word && !t.Is(TokenFlags.Party) && !IsNoun(k)
                && (p.IsClass(WordClass.Modal) || p.IsWord("hereby") || p.IsWord("to") && k >= 2 && _tokens[k - 2].IsClass(WordClass.AgreeVerb)
                    || (p.Is(TokenFlags.Party) && !t.Concepts.IsEmpty && !IsNounLike(k)
                        && !t.IsClass(WordClass.Preposition | WordClass.Conjunction | WordClass.Determiner))))
            {
                return k;
            }
        }

        return -1;
    }

    private bool IsNounLike(int j)
    {
        ref var t = ref _tokens[j];
        return t.Concepts.Contains(_people) || t.Concepts.Contains(_manager)
            || t.IsClass(WordClass.Determiner) || IsNoun(j);
    }

    /// <summary>The role of the noun phrase whose head is at <paramref name="head"/>: a party named in it (the
    /// possessor of "the Client's engineering manager"), or the vendor's people when its head is a word for people.</summary>
    public Role RoleOfNounPhraseEndingAt(int head, int start, out int at)
    {
        at = head;
        if (head < 0)
        {
            return Role.None;
        }

        var people = false;
        for (var j = head; j >= Math.Max(0, Math.Min(start, head) - 0) && head - j <= 5; j--)
        {
            ref var p = ref _tokens[j];
            if (p.Is(TokenFlags.Party) && p.Role != Role.None)
            {
                at = j;
                return p.Role;
            }

            if (j == head || head - j <= 2)
            {
                people |= p.Concepts.Contains(_people) || p.Concepts.Contains(_keyPeople);
            }

            if (p.Kind == TokenKind.Punct && !p.IsPunct(',') || p.IsClass(WordClass.Modal | WordClass.Be)
                || (p.IsClass(WordClass.Preposition) && !p.IsWord("of")))
            {
                break;
            }
        }

        // "the consultants of the Vendor".
        if (people && head + 2 < Count && _tokens[head + 1].IsWord("of"))
        {
            var role = PartyAfter(head + 2, Count, out var of);
            if (role != Role.None)
            {
                at = of;
                return role;
            }
        }

        return people ? Role.People : Role.None;
    }

    /// <summary>Whether the party at <paramref name="i"/> only says whose people follow ("move any Ostrava Dynamics
    /// tester"): then it is not the one the action goes to.</summary>
    private bool NamesPeople(int i)
    {
        var end = i;
        while (end < Count && _tokens[end].Is(TokenFlags.Party) && _tokens[end].Role == _tokens[i].Role)
        {
            end++;
        }

        return end < Count && (_tokens[end].Concepts.Contains(_people) || _tokens[end].Concepts.Contains(_keyPeople));
    }

    /// <summary>To whom the word at <paramref name="i"/> goes: "to X", "in X" (vests in), "of X" (property of), "for
    /// X", within its clause; for a noun also "X's" before it.</summary>
    public Role Recipient(int i)
    {
        ref var clause = ref ClauseOf(i);
        if (IsNoun(i))
        {
            for (var j = i - 1; j >= Math.Max(clause.Start, i - 4); j--)
            {
                ref var p = ref _tokens[j];
                if (p.Kind == TokenKind.Possessive && j > 0 && _tokens[j - 1].Is(TokenFlags.Party))
                {
                    return _tokens[j - 1].Role;
                }

                if (!(p.IsClass(WordClass.Determiner) || p.Kind == TokenKind.Word && !p.IsClass(WordClass.Preposition | WordClass.Modal | WordClass.Be)))
                {
                    break;
                }
            }
        }

        // "grants (the) Customer a licence": a party right after the verb is its indirect object.
        var io = i + 1 < clause.End && _tokens[i + 1].IsClass(WordClass.Determiner) ? i + 2 : i + 1;
        if (!IsNoun(i) && io < clause.End && _tokens[io].Is(TokenFlags.Party) && _tokens[io].Role != Role.People
            && !(io + 1 < Count && _tokens[io + 1].Kind == TokenKind.Possessive) && !NamesPeople(io))
        {
            return _tokens[io].Role;
        }

        // "of" names the owner only after "property" ("the property of the Client"); after "ownership of" or
        // "assignment of" it names the thing.
        var ofIsOwner = _tokens[i].Concepts.Contains(_propertyNoun);
        for (var j = i + 1; j < clause.End; j++)
        {
            ref var p = ref _tokens[j];
            if (p.Info?.Word is "to" or "in" or "unto" or "upon" || (ofIsOwner && p.IsWord("of")))
            {
                var role = PartyAfter(j + 1, clause.End, out _);
                if (role != Role.None && role != Role.People)
                {
                    return role;
                }
            }
        }

        return Role.None;
    }

    /// <summary>Where the word at <paramref name="i"/> comes from: the first party after "from" in its clause
    /// ("receive their work assignments from, and report progress to, the Customer's Head of Platform").</summary>
    public Role Source(int i)
    {
        ref var clause = ref ClauseOf(i);
        for (var j = i + 1; j < clause.End; j++)
        {
            if (!_tokens[j].IsWord("from"))
            {
                continue;
            }

            for (var k = j + 1; k < Math.Min(clause.End, j + 14); k++)
            {
                if (_tokens[k].Is(TokenFlags.Party) && _tokens[k].Role is Role.Client or Role.Vendor or Role.Third)
                {
                    return _tokens[k].Role;
                }
            }
        }

        return Role.None;
    }

    /// <summary>Who owns the thing named at <paramref name="j"/>: "the Client's laptops", "Client premises", "its
    /// own tools" (the clause's subject), "equipment provided by the Client", "the premises of the Client".</summary>
    public Role OwnerOf(int j)
    {
        ref var clause = ref ClauseOf(j);

        // "Client premises", "Third-Party Materials": a party right before the noun (not "assigns to the Client all
        // right", where the party is the verb's other object).
        if (j > clause.Start && _tokens[j - 1].Is(TokenFlags.Party))
        {
            var k = j - 1;
            while (k > clause.Start && _tokens[k - 1].Is(TokenFlags.Party))
            {
                k--;
            }

            var before = k > clause.Start ? _tokens[k - 1] : default;
            if (k > clause.Start && before.IsClass(WordClass.Determiner) && k - 1 > clause.Start)
            {
                before = _tokens[k - 2];
            }

            var governed = before.IsClass(WordClass.Preposition) || (!before.Concepts.IsEmpty && !IsNoun(Math.Max(clause.Start, k - 1)));
            if (!governed)
            {
                return _tokens[j - 1].Role;
            }
        }

        // "the Client's (own, normal business) laptops", "its own tools", "your equipment".
        for (var k = j - 1; k >= Math.Max(clause.Start, j - 4); k--)
        {
            ref var p = ref _tokens[k];
            if (p.Kind == TokenKind.Possessive)
            {
                return k > 0 && _tokens[k - 1].Is(TokenFlags.Party) ? _tokens[k - 1].Role : Role.None;
            }

            if (p.Is(TokenFlags.Party) && p.Info?.Word is "your" or "our" or "my")
            {
                return p.Role;
            }

            if (p.Info?.Word is "its" or "their" or "his" or "her")
            {
                var subject = SubjectOfClause(j);
                return subject == Role.People ? Role.Vendor : subject;
            }

            if (p.Kind != TokenKind.Word || p.IsClass(WordClass.Modal | WordClass.Be | WordClass.Have | WordClass.Preposition | WordClass.Conjunction)
                || p.Is(TokenFlags.Party) || (!p.Concepts.IsEmpty && !IsNoun(k) && !p.IsClass(WordClass.Determiner)))
            {
                break;
            }
        }

        // "the premises of the Client", "equipment provided (supplied, furnished) by the Client".
        if (j + 2 < clause.End && _tokens[j + 1].IsWord("of"))
        {
            var role = PartyAfter(j + 2, clause.End, out _);
            if (role != Role.None)
            {
                return role;
            }
        }

        for (var k = j + 1; k < Math.Min(clause.End, j + 4); k++)
        {
            ref var p = ref _tokens[k];
            if (p.IsWord("by") && k > j + 1 && (_tokens[k - 1].Info?.Word.EndsWith("ed", StringComparison.Ordinal) ?? false))
            {
                var role = PartyAfter(k + 1, clause.End, out _);
                if (role != Role.None)
                {
                    return role;
                }
            }
            else if (p.IsClass(WordClass.Modal) || p.Kind == TokenKind.Punct && p.Char != ',')
            {
                break;
            }
        }

        return Role.None;
    }

    /// <summary>The subject of the clause holding <paramref name="j"/>: the first party or people before its first
    /// modal verb.</summary>
    public Role SubjectOfClause(int j)
    {
        ref var clause = ref ClauseOf(j);
        for (var k = clause.Start; k < clause.End; k++)
        {
            if (_tokens[k].IsClass(WordClass.Modal) || _tokens[k].IsClass(WordClass.Be))
            {
                return SubjectOf(k, clause.Start, out _);
            }
        }

        return Role.None;
    }
}

/// <summary>A clause of a sentence: its tokens, kind and what it holds.</summary>
internal struct Clause
{
    public int Start;
    public int End;
    public ClauseKind Kind;
    public bool Negated;
    public ConceptSet Concepts;
    public Role Roles;
}

internal enum ClauseKind : byte
{
    Main,
    Conditional,
    Exception,
}
