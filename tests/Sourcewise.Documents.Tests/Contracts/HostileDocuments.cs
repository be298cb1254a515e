using System.IO.Compression;
using System.Text;

namespace Sourcewise.Documents.Tests.Contracts;

/// <summary>Builds hostile PDFs and DOCX files byte by byte, so the tests need no committed binaries: each one is a
/// small, otherwise valid document with exactly one trap in it.</summary>
internal static class HostileDocuments
{
    private const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    private const string Text = "BT /F1 12 Tf 72 720 Td (The Supplier shall deliver the services.) Tj ET";
    private const string PageResources = "/Resources << /Font << /F1 5 0 R >> >>";

    /// <summary>A PDF from numbered objects, with a correct cross-reference table; object 1 is the catalog.</summary>
    public static byte[] Pdf(params (int Number, byte[] Body)[] objects)
    {
        var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new Dictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = output.Position;
            Write($"{number} 0 obj\n");
            output.Write(body);
            Write("\nendobj\n");
        }

        var xref = output.Position;
        var size = offsets.Keys.Max() + 1;
        Write($"xref\n0 {size}\n0000000000 65535 f \n");
        for (var i = 1; i < size; i++)
        {
            Write(offsets.TryGetValue(i, out var at) ? $"{at:D10} 00000 n \n" : "0000000000 65535 f \n");
        }

        Write($"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    public static (int, byte[]) Object(int number, string body) => (number, Encoding.Latin1.GetBytes(body));

    /// <summary>A stream object: <paramref name="dictionary"/> holds the entries besides /Length.</summary>
    public static (int, byte[]) Stream(int number, string dictionary, byte[] data) =>
        (number, Encoding.Latin1.GetBytes($"<< /Length {data.Length} {dictionary} >>\nstream\n")
            .Concat(data).Concat("\nendstream"u8.ToArray()).ToArray());

    /// <summary>A one-page PDF with one line of text: objects 1-5 are catalog, pages, page, content and font.</summary>
    public static byte[] OnePage(string pageEntries = PageResources, string content = Text,
        params (int, byte[])[] more) =>
        Pdf([
            Object(1, "<< /Type /Catalog /Pages 2 0 R >>"),
            Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Object(3, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R {pageEntries} >>"),
            Stream(4, "", Encoding.Latin1.GetBytes(content)),
            Object(5, Font),
            .. more,
        ]);

    /// <summary>A plain one-page PDF that reads (the control).</summary>
    public static byte[] Plain() => OnePage();

    /// <summary>The page's /Resources is object 7, which is a reference to 6, which refers back to 7: PdfPig follows
    /// the chain until the stack overflows. About 680 bytes, like the file in the issue.</summary>
    public static byte[] ResourcesReferenceCycle() =>
        OnePage("/Resources 7 0 R", Text, Object(6, "7 0 R"), Object(7, "6 0 R"));

    /// <summary>A form XObject without resources of its own (it inherits the page's, which name it) whose content
    /// draws itself: <c>/X0 Do</c> inside X0. PdfPig recurses until the stack overflows.</summary>
    public static byte[] SelfDrawingForm() =>
        OnePage("/Resources << /Font << /F1 5 0 R >> /XObject << /X0 6 0 R >> >>", Text + " /X0 Do",
            Stream(6, "/Type /XObject /Subtype /Form /BBox [0 0 612 792]", "BT /F1 12 Tf 72 700 Td (x) Tj ET /X0 Do"u8.ToArray()));

    /// <summary>Two form XObjects, each with its own resources, that draw each other.</summary>
    public static byte[] MutuallyDrawingForms() =>
        OnePage("/Resources << /Font << /F1 5 0 R >> /XObject << /A 6 0 R >> >>", Text + " /A Do",
            Stream(6, "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /B 7 0 R >> >>", "/B Do"u8.ToArray()),
            Stream(7, "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /A 6 0 R >> >>", "q /A Do Q"u8.ToArray()));

    /// <summary>A page tree whose intermediate node lists the root among its kids.</summary>
    public static byte[] CyclicPageTree() =>
        Pdf(
            Object(1, "<< /Type /Catalog /Pages 2 0 R >>"),
            Object(2, "<< /Type /Pages /Kids [6 0 R] /Count 1 >>"),
            Object(6, "<< /Type /Pages /Kids [2 0 R 3 0 R] /Parent 2 0 R /Count 1 >>"),
            Object(3, $"<< /Type /Page /Parent 6 0 R /MediaBox [0 0 612 792] /Contents 4 0 R {PageResources} >>"),
            Stream(4, "", Encoding.Latin1.GetBytes(Text)),
            Object(5, Font));

    /// <summary>The reference cycle of <see cref="ResourcesReferenceCycle"/>, with objects 6 and 7 compressed inside
    /// an object stream (object 8), where a scan of the file's bytes alone cannot see them.</summary>
    public static byte[] ReferenceCycleInObjectStream()
    {
        const string Objects = "7 0 R\n6 0 R\n";
        const string Header = "6 0 7 6 ";
        var data = Zlib(Encoding.Latin1.GetBytes(Header + Objects));
        return OnePage("/Resources 7 0 R", Text,
            Stream(8, $"/Type /ObjStm /N 2 /First {Header.Length} /Filter /FlateDecode", data));
    }

    /// <summary>A page tree <paramref name="depth"/> levels deep, one intermediate node per level.</summary>
    public static byte[] DeepPageTree(int depth)
    {
        var objects = new List<(int, byte[])>
        {
            Object(1, "<< /Type /Catalog /Pages 10 0 R >>"),
            Stream(4, "", Encoding.Latin1.GetBytes(Text)),
            Object(5, Font),
        };
        for (var level = 0; level < depth; level++)
        {
            var kid = level == depth - 1 ? 3 : 11 + level;
            var parent = level == 0 ? "" : $"/Parent {9 + level} 0 R";
            objects.Add(Object(10 + level, $"<< /Type /Pages /Kids [{kid} 0 R] /Count 1 {parent} >>"));
        }

        objects.Add(Object(3, $"<< /Type /Page /Parent {9 + depth} 0 R /MediaBox [0 0 612 792] /Contents 4 0 R {PageResources} >>"));
        return Pdf([.. objects]);
    }

    private static byte[] Zlib(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Arrays (or dictionaries) nested <paramref name="depth"/> deep in the page dictionary.</summary>
    public static byte[] DeeplyNested(int depth, bool dictionaries) =>
        OnePage(PageResources + " /Junk " + (dictionaries
            ? string.Concat(Enumerable.Repeat("<< /A ", depth)) + "1" + string.Concat(Enumerable.Repeat(" >>", depth))
            : new string('[', depth) + new string(']', depth)));

    /// <summary>Arrays nested <paramref name="depth"/> deep inside the page's content stream.</summary>
    public static byte[] DeeplyNestedContent(int depth) =>
        OnePage(content: Text + "\nBT " + new string('[', depth) + new string(']', depth) + " TJ ET");

    /// <summary>A one-page PDF whose content is <paramref name="streams"/> FlateDecode streams of zeros (objects 4, 7,
    /// 8, …), each inflating to <paramref name="inflatedBytes"/> (a whole number of MiB); one of 1 GiB gives a file of
    /// about 1 MB.</summary>
    public static byte[] InflationBomb(long inflatedBytes, int streams = 1)
    {
        var data = ZerosZlib(inflatedBytes);
        var numbers = new[] { 4 }.Concat(Enumerable.Range(7, streams - 1)).ToList();
        return Pdf([
            Object(1, "<< /Type /Catalog /Pages 2 0 R >>"),
            Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Object(3, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [6 0 R {string.Join(" ", numbers.Select(n => $"{n} 0 R"))}] {PageResources} >>"),
            .. numbers.Select(n => Stream(n, "/Filter /FlateDecode", data)),
            Object(5, Font),
            Stream(6, "", Encoding.Latin1.GetBytes(Text)),
        ]);
    }

    /// <summary>A zlib stream of <paramref name="bytes"/> zeros (a whole number of MiB), built from one compressed MiB
    /// repeated: each copy ends in a sync flush and only refers to zeros, so the copies join into one valid stream.</summary>
    public static byte[] ZerosZlib(long bytes)
    {
        const int Chunk = 1 << 20;
        if (bytes % Chunk != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bytes), "a whole number of MiB");
        }

        byte[] block;
        using (var buffer = new MemoryStream())
        {
            using (var deflate = new DeflateStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                deflate.Write(new byte[Chunk]);
                deflate.Flush();
                block = buffer.ToArray();
            }
        }

        var output = new MemoryStream();
        output.Write([0x78, 0xDA]);
        for (long i = 0; i < bytes / Chunk; i++)
        {
            output.Write(block);
        }

        // A final, empty fixed-Huffman block, then the Adler-32 of all those zeros (a = 1, b = n mod 65521).
        output.Write([0x03, 0x00]);
        var adler = ((uint)(bytes % 65521) << 16) | 1u;
        output.Write([(byte)(adler >> 24), (byte)(adler >> 16), (byte)(adler >> 8), (byte)adler]);
        return output.ToArray();
    }

    /// <summary>A DOCX whose body holds one paragraph inside <paramref name="depth"/> nested content controls
    /// (<c>w:sdt</c>); 40,000 gives a file of about 5 KB.</summary>
    public static byte[] NestedContentControls(int depth)
    {
        var body = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            body.Append("<w:sdt><w:sdtContent>");
        }

        body.Append("<w:p><w:r><w:t>The Supplier shall deliver.</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++)
        {
            body.Append("</w:sdtContent></w:sdt>");
        }

        return Docx("<w:p><w:r><w:t>Statement of work</w:t></w:r></w:p>" + body);
    }

    /// <summary>A minimal DOCX with this body XML.</summary>
    public static byte[] Docx(string bodyXml)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open());
                writer.Write(content);
            }

            Add("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """);
            Add("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """);
            Add("word/document.xml",
                $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{bodyXml}</w:body></w:document>""");
        }

        return buffer.ToArray();
    }
}
