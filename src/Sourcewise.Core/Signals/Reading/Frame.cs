using System.Collections.Immutable;
using System.Text.Json;

namespace Sourcewise.Signals.Reading;

/// <summary>One way a clause can say a signal, as data (<c>signals.json</c>, <c>frames</c>): an action concept, who
/// does it (the agent), to whom (the recipient), to what (the object, and the look-alike objects that rule it out),
/// what else the clause must or must not hold, and its scope (negated or not, conditional or not).</summary>
/// <remarks>Concepts are upper-case names from <c>lexicon.json</c>; roles are lower case: <c>client</c>,
/// <c>vendor</c>, <c>people</c> (the vendor's people), <c>third</c>, <c>both</c>, and for the agent <c>none</c>
/// (no agent found).</remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class Frame
{
    private const byte NoAgent = 0x80;

    private Frame(string signal, string name)
    {
        Signal = signal;
        Name = name;
    }

    public string Signal { get; }

    public string Name { get; }

    public ConceptSet Action { get; private init; }

    public FrameForm Form { get; private init; }

    public FrameVoice Voice { get; private init; }

    /// <summary>Allowed agents (role flags, <see cref="NoAgent"/> for none); 0 = any.</summary>
    public byte Agent { get; private init; }

    public byte NotAgent { get; private init; }

    public Role Recipient { get; private init; }

    public Role NotRecipient { get; private init; }

    public Items Object { get; private init; }

    public Items Lookalike { get; private init; }

    public Role ObjectOwner { get; private init; }

    /// <summary>Where the object is looked for: after the word (an active verb), before it (a passive verb), or both
    /// (an intransitive verb: "everything the Consultant produces … belongs to the Client").</summary>
    public ObjectSide Side { get; private init; }

    /// <summary>Whom the word comes from ("instructions from the Client's managers").</summary>
    public Role Source { get; private init; }

    /// <summary>Who the subject of the anchor's clause must be (for frames anchored on a noun: "the engineers will
    /// work at the Client's offices").</summary>
    public Role Subject { get; private init; }

    public Role NotObjectOwner { get; private init; }

    public ImmutableArray<Group> With { get; private init; }

    /// <summary>Who must own the word the frame is anchored on ("the Client's benefit plans").</summary>
    public Role Owner { get; private init; }

    public bool SentenceScope { get; private init; }

    public int Window { get; private init; }

    public Items Without { get; private init; }

    public Items WithoutSentence { get; private init; }

    public bool Negated { get; private init; }

    public bool AllowConditional { get; private init; }

    public bool AllowException { get; private init; }

    /// <summary>Evidence from this frame is an optional extra (hourly rates for additional work).</summary>
    public bool Ancillary { get; private init; }

    /// <summary>Whether the frame is a bare phrase (no groups, agent, recipient or object): it needs a sentence with
    /// a verb, so that captions and lines of a table of contents do not fire it.</summary>
    public bool NeedsVerb => With.IsEmpty && Agent == 0 && Recipient == Role.None && Object.IsEmpty && Subject == Role.None;

    /// <summary>Every concept the frame needs to see in a sentence (the action), for a quick rejection.</summary>
    public ConceptSet Needed => Action;

    public static Frame Load(JsonElement e, string signal, int index, Lexicon lexicon)
    {
        var name = e.TryGetProperty("name", out var n) ? n.GetString()! : $"{signal}#{index + 1}";
        var where = $"signal '{signal}', frame '{name}'";
        try
        {
            var action = Items.Read(e, "action", lexicon, where);
            if (action.Concepts.IsEmpty)
            {
                throw new InvalidDataException($"{where}: 'action' needs at least one concept");
            }

            return new Frame(signal, name)
            {
                Action = action.Concepts,
                Form = e.TryGetProperty("form", out var f) ? f.GetString() switch
                {
                    "verb" => FrameForm.Verb,
                    "noun" => FrameForm.Noun,
                    "any" => FrameForm.Any,
                    var other => throw new InvalidDataException($"{where}: form '{other}' is not verb, noun or any"),
                } : FrameForm.Any,
                Voice = e.TryGetProperty("voice", out var v) ? v.GetString() switch
                {
                    "active" => FrameVoice.Active,
                    "passive" => FrameVoice.Passive,
                    "any" => FrameVoice.Any,
                    var other => throw new InvalidDataException($"{where}: voice '{other}' is not active, passive or any"),
                } : FrameVoice.Any,
                Agent = AgentMask(e, "agent", where),
                NotAgent = AgentMask(e, "notAgent", where),
                Recipient = Items.Read(e, "recipient", lexicon, where).Roles,
                NotRecipient = Items.Read(e, "notRecipient", lexicon, where).Roles,
                Object = Items.Read(e, "object", lexicon, where),
                Lookalike = Items.Read(e, "lookalike", lexicon, where),
                ObjectOwner = Items.Read(e, "objectOwner", lexicon, where).Roles,
                NotObjectOwner = Items.Read(e, "notObjectOwner", lexicon, where).Roles,
                Side = e.TryGetProperty("objectSide", out var side) ? side.GetString() switch
                {
                    "left" => ObjectSide.Left,
                    "right" => ObjectSide.Right,
                    "both" => ObjectSide.Both,
                    var other => throw new InvalidDataException($"{where}: objectSide '{other}' is not left, right or both"),
                } : ObjectSide.Voice,
                Source = Items.Read(e, "source", lexicon, where).Roles,
                Subject = Items.Read(e, "subject", lexicon, where).Roles,
                With = e.TryGetProperty("with", out var w)
                    ? [.. w.EnumerateArray().Select((g, i) => Group.Read(g, lexicon, $"{where}, with[{i}]"))]
                    : [],
                Owner = Items.Read(e, "owner", lexicon, where).Roles,
                SentenceScope = e.TryGetProperty("scope", out var s) && s.GetString() == "sentence",
                Window = e.TryGetProperty("window", out var win) ? win.GetInt32() : 0,
                Without = Items.Read(e, "without", lexicon, where),
                WithoutSentence = Items.Read(e, "withoutSentence", lexicon, where),
                Negated = e.TryGetProperty("negated", out var neg) && neg.GetBoolean(),
                AllowConditional = e.TryGetProperty("conditional", out var c) && c.GetBoolean(),
                AllowException = e.TryGetProperty("exception", out var x) && x.GetBoolean(),
                Ancillary = e.TryGetProperty("ancillary", out var a) && a.GetBoolean(),
            };
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidDataException($"{where}: {ex.Message}", ex);
        }
    }

    private static byte AgentMask(JsonElement e, string property, string where)
    {
        if (!e.TryGetProperty(property, out var list))
        {
            return 0;
        }

        byte mask = 0;
        foreach (var item in list.EnumerateArray())
        {
            mask |= item.GetString() switch
            {
                "none" => NoAgent,
                "any" => 0xFF,
                var role => (byte)Items.ParseRole(role, $"{where}, {property}"),
            };
        }

        return mask;
    }

    /// <summary>Whether the frame holds at the word <paramref name="i"/> of the sentence. <paramref name="relaxed"/>
    /// leaves out what the frame needs around the action (its <c>with</c> groups and the object itself) and keeps
    /// what rules it out (scope, form, voice, the parties' roles, <c>without</c>, and a look-alike object): the
    /// sentence classifier supplies the rest.</summary>
    public bool Matches(SentenceReader r, int i, bool relaxed = false)
    {
        ref var t = ref r[i];
        if (!t.Concepts.Overlaps(Action) || t.Is(TokenFlags.CrossReference) || t.Is(TokenFlags.Party) || t.Is(TokenFlags.Note))
        {
            return false;
        }

        if (t.Is(TokenFlags.Negated) != Negated || (t.Is(TokenFlags.Conditional) && !AllowConditional)
            || (t.Is(TokenFlags.Exception) && !AllowException))
        {
            return false;
        }

        if (!Without.IsEmpty && ClauseHolds(r, i, Without))
        {
            return false;
        }

        if (!WithoutSentence.IsEmpty && WithoutSentence.In(r.Concepts, r.Roles))
        {
            return false;
        }

        if (Form != FrameForm.Any && (Form == FrameForm.Noun) != r.IsNoun(i))
        {
            return false;
        }

        var noun = r.IsNoun(i);
        var passive = !noun && r.IsPassive(i);
        if (Voice != FrameVoice.Any && (Voice == FrameVoice.Passive) != passive)
        {
            return false;
        }

        foreach (var group in With)
        {
            if ((!relaxed || group.Essential) && !Near(r, i, group, relaxed))
            {
                return false;
            }
        }

        if (Owner != Role.None && !Allows((byte)Owner, (byte)r.OwnerOf(i)))
        {
            return false;
        }

        if (Agent != 0 || NotAgent != 0)
        {
            var agent = r.Agent(i);
            var bits = agent == Role.None ? NoAgent : (byte)agent;
            if ((Agent != 0 && !Allows(Agent, bits)) || (NotAgent != 0 && Allows(NotAgent, bits)))
            {
                return false;
            }
        }

        if (Recipient != Role.None || NotRecipient != Role.None)
        {
            var recipient = (byte)r.Recipient(i);
            if ((Recipient != Role.None && !Allows((byte)Recipient, recipient)) || (NotRecipient != Role.None && Allows((byte)NotRecipient, recipient)))
            {
                return false;
            }
        }

        if (Source != Role.None && !Allows((byte)Source, (byte)r.Source(i)))
        {
            return false;
        }

        if (Subject != Role.None && !Allows((byte)Subject, (byte)r.SubjectOfClause(i)))
        {
            return false;
        }

        if (!Object.IsEmpty && !ObjectHolds(r, i, noun, passive, relaxed))
        {
            return false;
        }

        return true;
    }

    /// <summary>Whether the anchor's clause holds any of the items, the anchor itself left out (a frame anchored on
    /// "continue" may exclude other renewals without excluding itself).</summary>
    private static bool ClauseHolds(SentenceReader r, int i, Items items)
    {
        ref var clause = ref r.ClauseOf(i);
        if (!clause.Concepts.Overlaps(items.Concepts) && (clause.Roles & items.Roles) == 0)
        {
            return false;
        }

        for (var j = clause.Start; j < clause.End; j++)
        {
            ref var t = ref r[j];
            if (j != i && !t.Is(TokenFlags.CrossReference) && !t.Is(TokenFlags.Note)
                && (t.Concepts.Overlaps(items.Concepts) || (items.Roles & t.Role) != 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The object: after an active verb, before a passive one, anywhere in the clause for a noun. The
    /// nearest word that is an object or a look-alike decides ("assign this Agreement" is not an assignment of work
    /// product); <see cref="ObjectOwner"/> must own it when set.</summary>
    private bool ObjectHolds(SentenceReader r, int i, bool noun, bool passive, bool relaxed)
    {
        ref var clause = ref r.ClauseOf(i);
        var wanted = Object.Concepts.Union(Lookalike.Concepts);
        var best = -1;
        var bestDistance = int.MaxValue;
        var right = Side switch
        {
            ObjectSide.Left => false,
            ObjectSide.Right or ObjectSide.Both => true,
            _ => !passive,
        };
        var left = Side switch
        {
            ObjectSide.Left or ObjectSide.Both => true,
            ObjectSide.Right => false,
            _ => passive || noun,
        };
        for (var j = clause.Start; j < clause.End; j++)
        {
            if (j == i || (j > i && !right) || (j < i && !left))
            {
                continue;
            }

            ref var t = ref r[j];
            if (t.Is(TokenFlags.CrossReference) || t.Is(TokenFlags.Note) || t.Is(TokenFlags.Privative)
                || t.Is(TokenFlags.Exception) && !r[i].Is(TokenFlags.Exception))
            {
                continue;
            }

            var hit = t.Concepts.Overlaps(wanted) || (Object.Roles & t.Role) != 0;
            if (!hit)
            {
                continue;
            }

            // Left of a passive verb is the patient; for a noun the complement after it comes first.
            var distance = j > i ? j - i : (i - j) + (noun ? 2 : 0);
            if (distance < bestDistance)
            {
                best = j;
                bestDistance = distance;
            }
        }

        if (best < 0)
        {
            return relaxed;
        }

        ref var found = ref r[best];
        if (found.Concepts.Overlaps(Lookalike.Concepts))
        {
            // "licences for the game engine, workstations and credentials": a look-alike in a list beside a wanted item
            // does not rule the list out.
            var other = WantedInSameList(r, best, clause.Start, clause.End);
            if (other < 0 && !RightsInObject(r, best, clause.End))
            {
                return false;
            }

            if (other >= 0)
            {
                best = other;
                found = ref r[best];
            }
        }

        // "ownership of 4,000 shares", "all right, title and interest in the Agreement": an abstract head decides by
        // what it is of.
        if (Object.Concepts.Overlaps(found.Concepts) && !Lookalike.IsEmpty && AbstractHeadOfLookalike(r, best, clause.End))
        {
            return false;
        }

        if (!found.Concepts.Overlaps(Object.Concepts) && (Object.Roles & found.Role) == 0)
        {
            return false;
        }

        if (ObjectOwner == Role.None && NotObjectOwner == Role.None)
        {
            return true;
        }

        var owner = (byte)r.OwnerOf(best);
        return (ObjectOwner == Role.None || Allows((byte)ObjectOwner, owner))
            && (NotObjectOwner == Role.None || !Allows((byte)NotObjectOwner, owner));
    }

    /// <summary>A wanted, non-look-alike item of the same noun list as the token at <paramref name="j"/> (joined by
    /// commas and "and"/"or"), or -1.</summary>
    private int WantedInSameList(SentenceReader r, int j, int start, int end)
    {
        foreach (var step in (ReadOnlySpan<int>)[-1, 1])
        {
            for (var k = j + step; k >= start && k < end && Math.Abs(k - j) <= 12; k += step)
            {
                ref var t = ref r[k];
                if (t.IsClass(WordClass.Modal | WordClass.Be | WordClass.Have) || t.IsPunct(';') || t.IsPunct('.')
                    || (t.IsClass(WordClass.Preposition) && !t.IsWord("of") && !t.IsWord("for")))
                {
                    break;
                }

                if (t.Concepts.Overlaps(Object.Concepts) && !t.Concepts.Overlaps(Lookalike.Concepts))
                {
                    return k;
                }
            }
        }

        return -1;
    }

    /// <summary>Whether the object at <paramref name="j"/> is an abstract head ("ownership", "rights", "title")
    /// whose complement ("of the shares", "in and to this Agreement") is a look-alike.</summary>
    /// <summary>"assigns any rights it might otherwise hold in them (the reports)", "the rights in the Deliverables":
    /// rights are decided by what they are in — a wanted object, or "them"/"it" after a wanted object earlier in the
    /// sentence — rather than read as "any rights under this Agreement".</summary>
    private bool RightsInObject(SentenceReader r, int j, int end)
    {
        if (!r.IsAbstract(j) || Object.IsEmpty)
        {
            return false;
        }

        for (var k = j + 1; k < Math.Min(end, j + 8); k++)
        {
            ref var t = ref r[k];
            if (t.IsWord("in") || t.IsWord("to"))
            {
                for (var m = k + 1; m < Math.Min(end, k + 4); m++)
                {
                    ref var c = ref r[m];
                    if (c.Concepts.Overlaps(Lookalike.Concepts) && !c.Concepts.Overlaps(Object.Concepts))
                    {
                        return false;
                    }

                    if (c.Concepts.Overlaps(Object.Concepts) && !r.IsAbstract(m))
                    {
                        return true;
                    }

                    if (c.Info?.Word is "them" or "it" or "such")
                    {
                        for (var e = 0; e < j; e++)
                        {
                            if (r[e].Concepts.Overlaps(Object.Concepts) && !r[e].Concepts.Overlaps(Lookalike.Concepts) && !r.IsAbstract(e))
                            {
                                return true;
                            }
                        }

                        return false;
                    }
                }

                return false;
            }

            if (t.IsPunct(',') || t.IsPunct(';') || t.Concepts.Overlaps(Lookalike.Concepts))
            {
                return false;
            }
        }

        return false;
    }

    private bool AbstractHeadOfLookalike(SentenceReader r, int j, int end)
    {
        for (var k = j + 1; k < Math.Min(end, j + 10); k++)
        {
            ref var t = ref r[k];
            if (t.IsWord("of") || t.IsWord("in") || t.IsWord("to"))
            {
                for (var m = k + 1; m < Math.Min(end, k + 7); m++)
                {
                    ref var c = ref r[m];
                    if (c.Concepts.Overlaps(Lookalike.Concepts))
                    {
                        return !c.Concepts.Overlaps(Object.Concepts) || c.Concepts.Overlaps(Lookalike.Concepts);
                    }

                    if (c.Concepts.Overlaps(Object.Concepts) && !r.IsAbstract(m))
                    {
                        return false;
                    }
                }

                return false;
            }

            if (!(t.IsPunct(',') || t.IsClass(WordClass.Conjunction) || t.IsClass(WordClass.Determiner) || r.IsAbstract(k)
                  || t.Kind == TokenKind.Word && t.Concepts.IsEmpty))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a role (flags) is among the allowed ones. "Both parties" only satisfies a list that names
    /// both: "either party shall own" is not the client owning.</summary>
    private static bool Allows(byte allowed, byte actual)
    {
        const byte both = (byte)Role.Both;
        if (actual == 0)
        {
            return false;
        }

        return (actual & both) == both && (actual & ~both) == 0 ? (allowed & both) == both : (allowed & actual) != 0;
    }

    /// <summary>Whether the group is found near the word; <paramref name="anywhere"/> (an essential group of a
    /// relaxed match) looks in the whole clause, without the window.</summary>
    private bool Near(SentenceReader r, int i, Group group, bool anywhere = false)
    {
        int from, to;
        if (SentenceScope)
        {
            (from, to) = (0, r.Count);
        }
        else
        {
            ref var clause = ref r.ClauseOf(i);
            (from, to) = (clause.Start, clause.End);
        }

        var window = anywhere ? 0 : group.Window > 0 ? group.Window : Window;
        if (window > 0)
        {
            from = Math.Max(from, i - window);
            to = Math.Min(to, i + window + 1);
        }

        if (group.Before)
        {
            to = Math.Min(to, i);
        }

        if (group.After)
        {
            from = Math.Max(from, i + 1);
        }

        for (var j = from; j < to; j++)
        {
            if (j == i)
            {
                continue;
            }

            ref var t = ref r[j];
            if (t.Is(TokenFlags.CrossReference) || t.Is(TokenFlags.Note) || (t.Is(TokenFlags.Exception) && !r[i].Is(TokenFlags.Exception) && !group.Exception)
                || t.Is(TokenFlags.Privative) != group.Privative || (group.Exception && !t.Is(TokenFlags.Exception)))
            {
                continue;
            }

            if (t.Concepts.Overlaps(group.Items.Concepts) || Allows((byte)group.Items.Roles, (byte)t.Role))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>One <c>with</c> group of a frame: any of its items must be in the clause (or sentence) other than at the
/// anchor, within <see cref="Window"/> words when set, before it when <see cref="Before"/>, after it when
/// <see cref="After"/>. Words after "without" count only for a <see cref="Privative"/> group, and only they do.
/// <see cref="Essential"/> groups hold even when the frame is matched relaxed for the sentence classifier: what
/// makes the signal what it is (the number of a service-level target), which context words cannot supply.</summary>
internal readonly record struct Group(Items Items, int Window, bool Before, bool After, bool Privative, bool Exception, bool Essential = false)
{
    public static Group Read(JsonElement e, Lexicon lexicon, string where) =>
        e.ValueKind == JsonValueKind.Array
            ? new Group(Items.FromArray(e, lexicon, where), 0, false, false, false, false)
            : new Group(
                Items.FromArray(e.GetProperty("any"), lexicon, where),
                e.TryGetProperty("window", out var w) ? w.GetInt32() : 0,
                e.TryGetProperty("before", out var b) && b.GetBoolean(),
                e.TryGetProperty("after", out var a) && a.GetBoolean(),
                e.TryGetProperty("privative", out var p) && p.GetBoolean(),
                e.TryGetProperty("exception", out var x) && x.GetBoolean(),
                e.TryGetProperty("essential", out var essential) && essential.GetBoolean());
}

internal enum ObjectSide : byte
{
    /// <summary>After an active verb, before a passive one, around a noun.</summary>
    Voice,
    Left,
    Right,
    Both,
}

internal enum FrameForm : byte
{
    Any,
    Verb,
    Noun,
}

internal enum FrameVoice : byte
{
    Any,
    Active,
    Passive,
}

/// <summary>A list of concepts and roles from a frame.</summary>
internal readonly record struct Items(ConceptSet Concepts, Role Roles)
{
    public bool IsEmpty => Concepts.IsEmpty && Roles == Role.None;

    public bool In(ConceptSet concepts, Role roles) => concepts.Overlaps(Concepts) || (roles & Roles) != 0;

    public static Items Read(JsonElement e, string property, Lexicon lexicon, string where) =>
        e.TryGetProperty(property, out var list) ? FromArray(list, lexicon, $"{where}, {property}") : default;

    public static Items FromArray(JsonElement list, Lexicon lexicon, string where)
    {
        var concepts = ConceptSet.Empty;
        var roles = Role.None;
        foreach (var item in list.EnumerateArray())
        {
            var name = item.GetString() ?? throw new InvalidDataException($"{where}: null item");
            if (name.Length > 0 && char.IsUpper(name[0]))
            {
                if (!lexicon.HasConcept(name))
                {
                    throw new InvalidDataException($"{where}: '{name}' is not a concept of lexicon.json");
                }

                concepts = concepts.Union(ConceptSet.Of(lexicon.Concept(name)));
            }
            else
            {
                roles |= ParseRole(name, where);
            }
        }

        return new Items(concepts, roles);
    }

    public static Role ParseRole(string? name, string where) => name switch
    {
        "client" => Role.Client,
        "vendor" => Role.Vendor,
        "people" => Role.People,
        "third" => Role.Third,
        "both" => Role.Both,
        _ => throw new InvalidDataException($"{where}: '{name}' is neither a concept (upper case) nor a role (client, vendor, people, third, both)"),
    };
}
