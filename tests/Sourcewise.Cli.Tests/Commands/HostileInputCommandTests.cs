using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Sourcewise.Cli.Infrastructure;

namespace Sourcewise.Cli.Tests.Commands;

/// <summary>Issues 13 and 16 end to end: a hostile document or YAML file given to the CLI ends with exit 1 and one
/// line on stderr naming the file (no stack trace, no dead process), in bounded time.</summary>
public sealed class HostileInputCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sourcewise-hostile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SourcewiseCli.RunAsync(args, CliEnvironment.ForWriters(output, error));
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static string OneErrorLine(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, stderr);
        lines[0].ShouldStartWith("error: ");
        lines[0].ShouldNotContain(" at ");
        return lines[0];
    }

    [Fact]
    public async Task Check_of_a_PDF_whose_resources_are_a_reference_cycle_exits_1_with_one_line()
    {
        var file = Write("evil.pdf", Pdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources 7 0 R >>",
            Stream("BT /F1 12 Tf 72 720 Td (The Supplier shall deliver.) Tj ET"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "7 0 R",
            "6 0 R"));

        var (exit, stdout, stderr) = await Run("check", file);

        exit.ShouldBe(1);
        stdout.ShouldBeEmpty();
        OneErrorLine(stderr).ShouldBe($"error: {file}: has a reference cycle (object 6 → 7 → 6); it may be damaged or hostile");
    }

    [Fact]
    public async Task Check_of_a_PDF_inflating_to_1_GiB_exits_1_in_bounded_time()
    {
        var file = Write("bomb.pdf", Pdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            Stream(ZerosZlib(1024), "/Filter /FlateDecode")));
        var started = Stopwatch.StartNew();

        var (exit, _, stderr) = await Run("check", file);

        exit.ShouldBe(1);
        OneErrorLine(stderr).ShouldContain("inflates to more than 64 MiB (a decompression bomb?)");
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Check_of_a_DOCX_with_40000_nested_content_controls_exits_1_with_one_line()
    {
        var body = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 40_000)) + "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
            + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 40_000));
        var file = Write("sdt.docx", Docx(body));

        var (exit, _, stderr) = await Run("check", file);

        exit.ShouldBe(1);
        OneErrorLine(stderr).ShouldBe($"error: {file}: word/document.xml nests elements more than 256 deep; it may be damaged or hostile");
    }

    [Theory]
    [InlineData("assess", "name: {a: 1\n%YAML 1.2\n")]
    [InlineData("check", "name: {a: 1\n%YAML 1.2\n")]
    [InlineData("portfolio", "- name: {a: 1\n%YAML 1.2\n")]
    [InlineData("cost", "name: {a: 1\n%YAML 1.2\n")]
    [InlineData("assess", "name: A\n... x\n")]
    public async Task A_YAML_file_that_broke_the_parser_exits_1_with_a_located_line(string command, string yaml)
    {
        var file = Write("input.yaml", Encoding.UTF8.GetBytes(yaml));

        var (exit, _, stderr) = await Run(command, file);

        exit.ShouldBe(1);
        OneErrorLine(stderr).ShouldStartWith($"error: {file}:2:");
    }

    private static byte[] Pdf(params string[] objects)
    {
        var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = output.Position;
        Write($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }

        Write($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static string Stream(string content, string dictionary = "") =>
        $"<< /Length {content.Length} {dictionary} >>\nstream\n{content}\nendstream";

    /// <summary>A zlib stream of <paramref name="mebibytes"/> MiB of zeros, as Latin-1 text to embed in a PDF:
    /// one deflated MiB (ending in a sync flush) repeated, then an empty final block and the Adler-32.</summary>
    private static string ZerosZlib(int mebibytes)
    {
        byte[] block;
        using (var buffer = new MemoryStream())
        {
            using (var deflate = new DeflateStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                deflate.Write(new byte[1 << 20]);
                deflate.Flush();
                block = buffer.ToArray();
            }
        }

        var output = new MemoryStream();
        output.Write([0x78, 0xDA]);
        for (var i = 0; i < mebibytes; i++)
        {
            output.Write(block);
        }

        var adler = ((uint)((long)mebibytes * (1 << 20) % 65521) << 16) | 1u;
        output.Write([0x03, 0x00, (byte)(adler >> 24), (byte)(adler >> 16), (byte)(adler >> 8), (byte)adler]);
        return Encoding.Latin1.GetString(output.ToArray());
    }

    private static byte[] Docx(string bodyXml)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }

            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add("word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{bodyXml}</w:body></w:document>""");
        }

        return buffer.ToArray();
    }
}
