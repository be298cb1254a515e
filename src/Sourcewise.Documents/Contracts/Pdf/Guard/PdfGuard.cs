using Sourcewise.Diagnostics;

namespace Sourcewise.Documents.Contracts.Pdf.Guard;

/// <summary>Checks a PDF's structure before PdfPig sees it, for what would crash or exhaust a reader: arrays and
/// dictionaries nested deeper than <see cref="ContractReaderOptions.MaxNestingDepth"/> (in objects, object streams
/// and content streams), reference cycles and long reference chains, page trees that contain themselves or nest too
/// deep, form XObjects that draw themselves, and compressed streams that inflate past
/// <see cref="ContractReaderOptions.MaxStreamInflatedBytes"/> or, together, past
/// <see cref="ContractReaderOptions.MaxInflatedBytes"/>.</summary>
/// <remarks>
/// <para>It reads the file the way a lenient parser recovers a damaged one: every <c>N G obj … endobj</c> in file
/// order (a later definition wins), then the objects inside object streams; it does not trust the cross-reference
/// table. It is iterative throughout (no recursion), linear in the file plus what it inflates, and it keeps only
/// the structure it checks (at most 2,000,000 entries), so it is itself safe on hostile input.</para>
/// <para>Of an encrypted PDF only the object structure is checked: its streams cannot be inflated without
/// decrypting them, and the reader process's memory budget bounds them instead.</para>
/// </remarks>
internal sealed class PdfGuard
{
    /// <summary>Most structure entries kept: far above any real document (a 2,000-page PDF keeps tens of thousands).</summary>
    private const int MaxNodes = 2_000_000;

    /// <summary>Longest chain of objects that are only references to the next (real documents: one or two).</summary>
    private const int MaxChain = 64;

    private const string Hostile = "it may be damaged or hostile";

    private readonly byte[] _bytes;
    private readonly SourceLocation _where;
    private readonly ContractReaderOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly PdfValueParser _parser;
    private readonly Dictionary<int, PdfNode> _objects = [];
    private readonly List<StreamEntry> _streams = [];
    private readonly List<PdfDict> _trailers = [];
    private readonly Dictionary<int, HashSet<string>> _drawn = [];

    private PdfGuard(byte[] bytes, SourceLocation where, ContractReaderOptions options, CancellationToken cancellationToken)
    {
        _bytes = bytes;
        _where = where;
        _options = options;
        _cancellationToken = cancellationToken;
        _parser = new PdfValueParser(options.MaxNestingDepth, MaxNodes);
    }

    /// <summary>Returns the reason to refuse the file, or null when nothing hostile was found.</summary>
    public static Diagnostic? Check(byte[] bytes, string source, ContractReaderOptions options, CancellationToken cancellationToken)
    {
        var where = new SourceLocation(source);
        if (!PdfContractReader.HasEndMarker(bytes))
        {
            // No process is started for a file the reader would refuse at once.
            return PdfContractReader.Truncated(where);
        }

        return new PdfGuard(bytes, where, options, cancellationToken).Run();
    }

    private Diagnostic? Run() =>
        ScanFile() ?? ExpandObjectStreams() ?? CheckReferenceChains() ?? CheckPageTree() ?? ScanStreams() ?? CheckForms();

    private Diagnostic Refuse(string code, string message) => Diagnostic.Error(code, message, _where);

    private Diagnostic Stopped(PdfScanStop stop, int number) => stop == PdfScanStop.TooDeep
        ? Refuse("pdf-too-deep", $"has arrays or dictionaries nested more than {_options.MaxNestingDepth} deep ({Where(number)}); {Hostile}")
        : Refuse("pdf-too-complex", $"has more than {MaxNodes:N0} objects and references to check; {Hostile}");

    private static string Where(int number) => number > 0 ? $"object {number}" : "outside its objects";

    private static string Path(List<int> cycle) => "object " + string.Join(" → ", cycle);

    /// <summary>Every object, trailer and stray value in the file, in file order.</summary>
    private Diagnostic? ScanFile()
    {
        var lexer = new PdfLexer(_bytes);
        long previous = -1;
        long beforePrevious = -1;
        var tokens = 0;
        while (true)
        {
            if ((++tokens & 0xFFFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var before = lexer.Position;
            if (!lexer.Next())
            {
                return null;
            }

            if (lexer.Kind == PdfTokenKind.Integer)
            {
                beforePrevious = previous;
                previous = lexer.Integer;
                continue;
            }

            if (lexer.IsKeyword("obj"u8) && beforePrevious is > 0 and <= int.MaxValue && previous >= 0)
            {
                var number = (int)beforePrevious;
                var value = _parser.Parse(lexer);
                if (_parser.Stop != PdfScanStop.None)
                {
                    return Stopped(_parser.Stop, number);
                }

                _objects[number] = value;
                var after = lexer.Position;
                if (lexer.Next() && lexer.IsKeyword("stream"u8))
                {
                    SkipStreamData(lexer, number, value as PdfDict);
                }
                else
                {
                    lexer.Position = after;
                }
            }
            else if (lexer.IsKeyword("trailer"u8) || lexer.Kind is PdfTokenKind.ArrayOpen or PdfTokenKind.DictOpen)
            {
                // A trailer, or a value outside any object: its nesting is held to the limit too.
                if (lexer.Kind != PdfTokenKind.Keyword)
                {
                    lexer.Position = before;
                }

                var value = _parser.Parse(lexer);
                if (_parser.Stop != PdfScanStop.None)
                {
                    return Stopped(_parser.Stop, 0);
                }

                if (value is PdfDict trailer)
                {
                    _trailers.Add(trailer);
                }
            }
            else if (lexer.IsKeyword("stream"u8))
            {
                SkipStreamData(lexer, 0, null);
            }

            previous = -1;
            beforePrevious = -1;
        }
    }

    /// <summary>Steps over a stream's data: by its direct /Length when "endstream" follows there, else up to the next
    /// "endstream" (the length may be indirect, or wrong in a damaged file).</summary>
    private void SkipStreamData(PdfLexer lexer, int number, PdfDict? dictionary)
    {
        var start = lexer.Position;
        if (start < _bytes.Length && _bytes[start] == '\r')
        {
            start++;
        }

        if (start < _bytes.Length && _bytes[start] == '\n')
        {
            start++;
        }

        var length = -1;
        if (dictionary?["Length"] is PdfInteger { Value: >= 0 } declared && declared.Value <= _bytes.Length - start)
        {
            var end = start + (int)declared.Value;
            var at = end;
            while (at < _bytes.Length && PdfLexer.IsWhite(_bytes[at]))
            {
                at++;
            }

            if (_bytes.AsSpan(at).StartsWith("endstream"u8))
            {
                length = end - start;
                lexer.Position = at + "endstream"u8.Length;
            }
        }

        if (length < 0)
        {
            var found = _bytes.AsSpan(start).IndexOf("endstream"u8);
            var end = found < 0 ? _bytes.Length : start + found;
            lexer.Position = found < 0 ? _bytes.Length : end + "endstream"u8.Length;
            if (found >= 0 && end > start && _bytes[end - 1] == '\n')
            {
                end--;
            }

            if (found >= 0 && end > start && _bytes[end - 1] == '\r')
            {
                end--;
            }

            length = end - start;
        }

        if (dictionary is not null && number > 0)
        {
            _streams.Add(new StreamEntry(number, dictionary, start, length));
        }
    }

    private bool Encrypted => _trailers.Any(t => t["Encrypt"] is not null)
        || _streams.Any(s => Name(s.Dictionary["Type"]) == "XRef" && s.Dictionary["Encrypt"] is not null);

    private PdfStreamDecoder? _decoder;

    private PdfStreamDecoder Decoder => _decoder ??= new PdfStreamDecoder(
        Math.Min(_options.MaxStreamInflatedBytes, _options.MaxInflatedBytes), _options.MaxInflatedBytes, _cancellationToken);

    /// <summary>The objects inside object streams (PDF 1.5), which a file-level definition overrides.</summary>
    private Diagnostic? ExpandObjectStreams()
    {
        if (Encrypted)
        {
            return null;
        }

        foreach (var stream in _streams.Where(s => Name(s.Dictionary["Type"]) == "ObjStm"))
        {
            using var decoded = new MemoryStream();
            var outcome = Decoder.Decode(_bytes.AsMemory(stream.Start, stream.Length), Filters(stream.Dictionary),
                chunk => decoded.Write(chunk));
            if (Inflation(outcome, stream.Number) is { } refused)
            {
                return refused;
            }

            stream.Decoded = true;
            if (Resolve(stream.Dictionary["N"]) is not PdfInteger { Value: > 0 } count
                || Resolve(stream.Dictionary["First"]) is not PdfInteger { Value: >= 0 } first
                || first.Value > decoded.Length)
            {
                continue;
            }

            var data = decoded.GetBuffer();
            var length = (int)decoded.Length;
            var header = new PdfLexer(data, 0, (int)first.Value);
            var entries = new List<(int Number, long Offset)>();
            for (long i = 0; i < count.Value && header.Next() && header.Kind == PdfTokenKind.Integer; i++)
            {
                var number = header.Integer;
                if (!header.Next() || header.Kind != PdfTokenKind.Integer)
                {
                    break;
                }

                entries.Add(((int)Math.Clamp(number, 0, int.MaxValue), header.Integer));
            }

            foreach (var (number, offset) in entries)
            {
                var at = first.Value + offset;
                if (number <= 0 || offset < 0 || at >= length || _objects.ContainsKey(number))
                {
                    continue;
                }

                var value = _parser.Parse(new PdfLexer(data, (int)at, length));
                if (_parser.Stop != PdfScanStop.None)
                {
                    return Stopped(_parser.Stop, number);
                }

                _objects[number] = value;
            }
        }

        return null;
    }

    /// <summary>Objects that are only a reference to another: a cycle (7 → 6 → 7) or a very long chain makes a
    /// reader that resolves references recursively overflow its stack.</summary>
    private Diagnostic? CheckReferenceChains()
    {
        var done = new HashSet<int>();
        var path = new List<int>();
        var onPath = new Dictionary<int, int>();
        foreach (var start in _objects.Keys.Order())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            path.Clear();
            onPath.Clear();
            var current = start;
            while (!done.Contains(current))
            {
                if (onPath.TryGetValue(current, out var index))
                {
                    return Refuse("pdf-cycle", $"has a reference cycle ({Path(Cycle(path, index))}); {Hostile}");
                }

                onPath[current] = path.Count;
                path.Add(current);
                if (path.Count > MaxChain)
                {
                    return Refuse("pdf-cycle", $"has a chain of more than {MaxChain} references (object {start}); {Hostile}");
                }

                if (!_objects.TryGetValue(current, out var value) || value is not PdfRef next)
                {
                    break;
                }

                current = next.Number;
            }

            done.UnionWith(path);
        }

        return null;
    }

    /// <summary>The page tree: a node that is its own ancestor makes a recursive walk endless.</summary>
    private Diagnostic? CheckPageTree()
    {
        var kids = new Dictionary<int, List<int>>();
        foreach (var (number, value) in _objects)
        {
            if (value is PdfDict dictionary && Resolve(dictionary["Kids"]) is PdfArray array)
            {
                kids[number] = array.Items.Select(Target).Where(t => t > 0).ToList();
            }
        }

        return FindCycle(kids, out var cycle, out var tooDeep) switch
        {
            true when tooDeep => Refuse("pdf-too-deep", $"has a page tree nested more than {_options.MaxNestingDepth} deep ({Path(cycle)}…); {Hostile}"),
            true => Refuse("pdf-cycle", $"has a page tree that contains itself ({Path(cycle)}); {Hostile}"),
            false => null,
        };
    }

    /// <summary>Inflates every stream a text extraction would decode (all but images), counting against the limits,
    /// and scans the content streams of pages and forms for nesting and for the names they draw.</summary>
    private Diagnostic? ScanStreams()
    {
        if (Encrypted)
        {
            return null;
        }

        var contents = new HashSet<int>();
        foreach (var value in _objects.Values)
        {
            if (value is PdfDict dictionary && dictionary["Contents"] is { } node)
            {
                var resolved = node is PdfRef reference && _objects.GetValueOrDefault(Target(reference)) is PdfArray list ? list : node;
                foreach (var item in resolved is PdfArray array ? array.Items : [resolved])
                {
                    contents.Add(Target(item));
                }
            }
        }

        foreach (var stream in _streams)
        {
            if (stream.Decoded || !ReferenceEquals(_objects.GetValueOrDefault(stream.Number), stream.Dictionary))
            {
                // An object stream already counted, or a stream a later definition replaced.
                continue;
            }

            var subtype = Name(stream.Dictionary["Subtype"]);
            var isContent = contents.Contains(stream.Number);
            if (subtype == "Image" && !isContent)
            {
                continue;
            }

            var scanner = isContent || subtype == "Form" ? new PdfContentScanner(_options.MaxNestingDepth) : null;
            var data = _bytes.AsMemory(stream.Start, stream.Length);
            var filters = Filters(stream.Dictionary);
            if (filters.Count == 0)
            {
                scanner?.Feed(data.Span);
            }
            else if (Inflation(Decoder.Decode(data, filters, scanner is null ? null : scanner.Feed), stream.Number) is { } refused)
            {
                return refused;
            }

            if (scanner is null)
            {
                continue;
            }

            scanner.Finish();
            if (scanner.TooDeep)
            {
                return Stopped(PdfScanStop.TooDeep, stream.Number);
            }

            if (subtype == "Form")
            {
                _drawn[stream.Number] = scanner.Drawn;
            }
        }

        return null;
    }

    /// <summary>Form XObjects that draw themselves, directly or through others: a reader that follows <c>Do</c>
    /// recursively never comes back. A form without resources of its own draws from its drawer's.</summary>
    private Diagnostic? CheckForms()
    {
        if (_drawn.Count == 0)
        {
            return null;
        }

        var draws = new Dictionary<int, List<int>>();
        foreach (var value in _objects.Values)
        {
            if (value is not PdfDict owner || Resolve(owner["Resources"]) is not PdfDict resources)
            {
                continue;
            }

            foreach (var listed in XObjects(resources).Values)
            {
                var form = Target(listed);
                if (!_drawn.TryGetValue(form, out var names) || _objects.GetValueOrDefault(form) is not PdfDict formDictionary)
                {
                    continue;
                }

                var own = Resolve(formDictionary["Resources"]) as PdfDict ?? resources;
                var map = XObjects(own);
                foreach (var name in names)
                {
                    if (map.TryGetValue(name, out var drawn) && Target(drawn) is var target && _drawn.ContainsKey(target))
                    {
                        if (!draws.TryGetValue(form, out var edges))
                        {
                            draws[form] = edges = [];
                        }

                        if (!edges.Contains(target))
                        {
                            edges.Add(target);
                        }
                    }
                }
            }
        }

        return FindCycle(draws, out var cycle, out var tooDeep) switch
        {
            true when tooDeep => Refuse("pdf-too-deep", $"has form XObjects that draw each other more than {_options.MaxNestingDepth} deep ({Path(cycle)}…); {Hostile}"),
            true => Refuse("pdf-cycle", $"has a form XObject that draws itself ({Path(cycle)}); {Hostile}"),
            false => null,
        };
    }

    private Dictionary<string, PdfNode> XObjects(PdfDict resources) =>
        Resolve(resources["XObject"]) is PdfDict map ? map.Entries : [];

    private Diagnostic? Inflation(PdfStreamDecoder.Outcome outcome, int number) => outcome switch
    {
        PdfStreamDecoder.Outcome.StreamTooLarge => Refuse("pdf-bomb",
            $"has a compressed stream (object {number}) that inflates to more than {ContractReader.FormatBytes(Math.Min(_options.MaxStreamInflatedBytes, _options.MaxInflatedBytes))} (a decompression bomb?); stopped reading"),
        PdfStreamDecoder.Outcome.DocumentTooLarge => Refuse("pdf-bomb",
            $"has compressed streams that inflate to more than {ContractReader.FormatBytes(_options.MaxInflatedBytes)} in all (a decompression bomb?); stopped reading"),
        _ => null,
    };

    /// <summary>A cycle in a graph (lowest object first), found by an iterative depth-first search; or, when
    /// <paramref name="tooDeep"/>, a path deeper than the nesting limit.</summary>
    private bool FindCycle(Dictionary<int, List<int>> graph, out List<int> cycle, out bool tooDeep)
    {
        cycle = [];
        tooDeep = false;
        var state = new Dictionary<int, byte>();
        var stack = new List<(int Node, int Next)>();
        foreach (var root in graph.Keys.Order())
        {
            if (state.ContainsKey(root))
            {
                continue;
            }

            stack.Add((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack[^1];
                var edges = graph.GetValueOrDefault(node);
                if (edges is null || next >= edges.Count)
                {
                    state[node] = 2;
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }

                stack[^1] = (node, next + 1);
                var child = edges[next];
                switch (state.GetValueOrDefault(child))
                {
                    case 1:
                        var from = stack.FindIndex(f => f.Node == child);
                        cycle = Cycle(stack.Select(f => f.Node).ToList(), from);
                        return true;
                    case 0:
                        if (stack.Count >= _options.MaxNestingDepth)
                        {
                            cycle = stack.Take(3).Select(f => f.Node).ToList();
                            tooDeep = true;
                            return true;
                        }

                        state[child] = 1;
                        stack.Add((child, 0));
                        break;
                }
            }
        }

        return false;
    }

    /// <summary>The cycle from <paramref name="from"/> to the end of <paramref name="path"/>, rotated to start at its
    /// lowest object and closed ("6 → 7 → 6").</summary>
    private static List<int> Cycle(List<int> path, int from)
    {
        var loop = path.Skip(from).ToList();
        var lowest = loop.IndexOf(loop.Min());
        var rotated = loop.Skip(lowest).Concat(loop.Take(lowest)).ToList();
        rotated.Add(rotated[0]);
        return rotated;
    }

    /// <summary>Follows references to the value they end at (null when missing).</summary>
    private PdfNode? Resolve(PdfNode? node)
    {
        for (var hops = 0; node is PdfRef reference && hops <= MaxChain; hops++)
        {
            node = _objects.GetValueOrDefault(reference.Number);
        }

        return node is PdfRef ? null : node;
    }

    /// <summary>The number of the object a reference ends at (0 when the node is not a reference).</summary>
    private int Target(PdfNode? node)
    {
        var number = 0;
        for (var hops = 0; node is PdfRef reference && hops <= MaxChain; hops++)
        {
            number = reference.Number;
            node = _objects.GetValueOrDefault(number);
        }

        return number;
    }

    private string? Name(PdfNode? node) => Resolve(node) is PdfName name ? name.Value : null;

    private List<string> Filters(PdfDict dictionary) => Resolve(dictionary["Filter"]) switch
    {
        PdfName name => [name.Value],
        PdfArray array => array.Items.Select(Name).Where(n => n is not null).Select(n => n!).ToList(),
        _ => [],
    };

    private sealed class StreamEntry(int number, PdfDict dictionary, int start, int length)
    {
        public int Number => number;
        public PdfDict Dictionary => dictionary;
        public int Start => start;
        public int Length => length;
        public bool Decoded { get; set; }
    }
}
