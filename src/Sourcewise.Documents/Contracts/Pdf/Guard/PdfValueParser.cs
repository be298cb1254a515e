namespace Sourcewise.Documents.Contracts.Pdf.Guard;

/// <summary>Parses one PDF value (an object's body, a trailer) with an explicit stack instead of recursion, refusing
/// nesting deeper than the limit, and keeping only the entries the structure checks need.</summary>
internal sealed class PdfValueParser(int maxDepth, int maxNodes)
{
    private readonly List<Frame> _stack = [];

    /// <summary>Nodes kept so far, over every value parsed.</summary>
    public int Nodes { get; private set; }

    /// <summary>Set when a value nested deeper than the limit, or the document kept more nodes than allowed.</summary>
    public PdfScanStop Stop { get; private set; }

    /// <summary>Parses the value at the lexer's position. At a keyword that cannot be part of a value (<c>endobj</c>,
    /// <c>stream</c>) the value ends leniently and the lexer is left before that keyword.</summary>
    public PdfNode Parse(PdfLexer lexer)
    {
        _stack.Clear();
        while (true)
        {
            var before = lexer.Position;
            if (!lexer.Next())
            {
                return Unwind();
            }

            PdfNode? leaf;
            switch (lexer.Kind)
            {
                case PdfTokenKind.Integer:
                    var number = lexer.Integer;
                    leaf = Reference(lexer, number) ?? (Keeping() ? Keep(new PdfInteger(number)) : PdfNode.Other);
                    break;
                case PdfTokenKind.Name:
                    if (_stack.Count > 0 && _stack[^1] is { IsDict: true, Key: null } keyFrame)
                    {
                        keyFrame.Key = keyFrame.Kept ? PdfLexer.DecodeName(lexer.Token) : string.Empty;
                        continue;
                    }

                    leaf = Keeping() ? Keep(new PdfName(lexer.NameText())) : PdfNode.Other;
                    break;
                case PdfTokenKind.ArrayOpen or PdfTokenKind.DictOpen:
                    if (_stack.Count >= maxDepth)
                    {
                        Stop = PdfScanStop.TooDeep;
                        return PdfNode.Other;
                    }

                    var dict = lexer.Kind == PdfTokenKind.DictOpen;
                    var keep = Keeping();
                    var frame = new Frame
                    {
                        IsDict = dict,
                        Kept = keep,
                        AllKeys = keep && dict && _stack.Count > 0 && _stack[^1].Key == "XObject",
                    };
                    if (keep)
                    {
                        if (dict)
                        {
                            frame.Dict = Keep(new PdfDict());
                        }
                        else
                        {
                            frame.Array = Keep(new PdfArray());
                        }
                    }

                    if (Stop != PdfScanStop.None)
                    {
                        return PdfNode.Other;
                    }

                    _stack.Add(frame);
                    continue;
                case PdfTokenKind.ArrayClose or PdfTokenKind.DictClose:
                    if (_stack.Count == 0)
                    {
                        continue;
                    }

                    var closed = _stack[^1];
                    _stack.RemoveAt(_stack.Count - 1);
                    leaf = (PdfNode?)closed.Dict ?? (PdfNode?)closed.Array ?? PdfNode.Other;
                    break;
                case PdfTokenKind.Keyword when lexer.IsKeyword("true"u8) || lexer.IsKeyword("false"u8) || lexer.IsKeyword("null"u8):
                    leaf = PdfNode.Other;
                    break;
                case PdfTokenKind.Keyword:
                    if (lexer.Token.Length == 1)
                    {
                        // A stray ')', '>', '{' or '}': skipped, as lenient parsers do.
                        continue;
                    }

                    lexer.Position = before;
                    return Unwind();
                default:
                    leaf = PdfNode.Other;
                    break;
            }

            if (Stop != PdfScanStop.None)
            {
                return PdfNode.Other;
            }

            if (_stack.Count == 0)
            {
                return leaf;
            }

            Add(_stack[^1], leaf);
        }
    }

    /// <summary>"12 0 R": a reference. Leaves the lexer after the R, or where it was when the integer is alone.</summary>
    private PdfRef? Reference(PdfLexer lexer, long number)
    {
        var after = lexer.Position;
        if (lexer.Next() && lexer.Kind == PdfTokenKind.Integer && lexer.Next() && lexer.IsKeyword("R"u8)
            && number is > 0 and <= int.MaxValue)
        {
            return Keeping() ? Keep(new PdfRef((int)number)) : null;
        }

        lexer.Position = after;
        return null;
    }

    /// <summary>Whether a value at the current place is kept: at the top, in kept arrays, and in kept dictionaries
    /// under a key the checks read (or under any key in an /XObject dictionary, whose keys are the names drawn).</summary>
    private bool Keeping()
    {
        if (_stack.Count == 0)
        {
            return true;
        }

        var top = _stack[^1];
        return top.Kept && (!top.IsDict || top.AllKeys || IsInteresting(top.Key));
    }

    private static bool IsInteresting(string? key) => key is "Type" or "Subtype" or "Kids" or "Resources" or "XObject"
        or "Contents" or "Filter" or "Length" or "N" or "First" or "Pages" or "Root" or "Encrypt";

    private T Keep<T>(T node)
        where T : PdfNode
    {
        if (++Nodes > maxNodes)
        {
            Stop = PdfScanStop.TooManyNodes;
        }

        return node;
    }

    private static void Add(Frame frame, PdfNode value)
    {
        if (frame.IsDict)
        {
            if (frame.Key is { Length: > 0 } key && frame.Dict is { } dict && !ReferenceEquals(value, PdfNode.Other))
            {
                dict.Entries[key] = value;
            }

            frame.Key = null;
        }
        else if (frame.Array is { } array && !ReferenceEquals(value, PdfNode.Other) && value is not PdfInteger)
        {
            array.Items.Add(value);
        }
    }

    private PdfNode Unwind()
    {
        if (_stack.Count == 0)
        {
            return PdfNode.Other;
        }

        var root = _stack[0];
        _stack.Clear();
        return (PdfNode?)root.Dict ?? (PdfNode?)root.Array ?? PdfNode.Other;
    }

    private sealed class Frame
    {
        public bool IsDict { get; init; }
        public bool Kept { get; init; }
        public bool AllKeys { get; init; }
        public PdfDict? Dict { get; set; }
        public PdfArray? Array { get; set; }

        /// <summary>The key whose value comes next (dictionaries); empty when the key is not kept.</summary>
        public string? Key { get; set; }
    }
}

/// <summary>Why a structure scan stopped early.</summary>
internal enum PdfScanStop
{
    None,
    TooDeep,
    TooManyNodes,
}
