using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sourcewise.Contracts;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Contracts;

namespace Sourcewise.Documents.Tests.Contracts;

/// <summary>Malformed input never throws: random bytes behind each format's magic, and real corpus files with
/// bytes flipped, always give a result (a value, or an error naming the file).</summary>
public sealed class HostileInputTests
{
    private static readonly ContractReaderOptions Options = new() { Timeout = TimeSpan.FromSeconds(20) };

    public static Arbitrary<(string Name, byte[] Bytes)> Inputs() =>
        (from name in Gen.Elements("a.txt", "a.md", "a.html", "a.docx", "a.pdf", "noextension")
         from prefix in Gen.Elements(""u8.ToArray(), "%PDF-1.7\n"u8.ToArray(), "PK\u0003\u0004"u8.ToArray(), "<html><p>"u8.ToArray(), [0xEF, 0xBB, 0xBF])
         from body in ArbMap.Default.GeneratorFor<byte[]>()
         from trailer in Gen.Elements(""u8.ToArray(), "\n%%EOF\n"u8.ToArray())
         select (name, prefix.Concat(body).Concat(trailer).ToArray())).ToArbitrary();

    [Property(MaxTest = 300, Arbitrary = [typeof(HostileInputTests)])]
    public bool Random_bytes_in_any_format_give_a_result_and_never_throw((string Name, byte[] Bytes) input) =>
        IsWellFormed(ContractReader.Read(input.Bytes, input.Name, Options, CancellationToken.None), input.Name);

    [SkippableTheory]
    [InlineData("templates/docx/bonterms-psa-v1.2.pdf")]
    [InlineData("templates/docx/common-paper-statement-of-work.docx")]
    public void Corpus_files_with_flipped_bytes_give_a_result_and_never_throw(string relative)
    {
        var original = File.ReadAllBytes(Corpus.File(relative));
        var random = new Random(20261129);
        for (var round = 0; round < 8; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var flips = 0; flips < 1 + (2 * round); flips++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var name = Path.GetFileName(relative);
            IsWellFormed(ContractReader.Read(bytes, name, Options, CancellationToken.None), name)
                .ShouldBeTrue($"round {round}");
        }
    }

    [Theory]
    [InlineData("a.md", "[")]
    [InlineData("a.md", "`")]
    [InlineData("a.md", "<")]
    [InlineData("a.md", "# a ")]
    [InlineData("a.md", "- ")]
    [InlineData("a.md", "|-")]
    [InlineData("a.html", "<")]
    [InlineData("a.html", "<p a=\"")]
    [InlineData("a.txt", "(a) ")]
    public void A_pathological_line_is_read_in_linear_time(string name, string unit)
    {
        var line = string.Concat(Enumerable.Repeat(unit, 2_000_000 / unit.Length));
        var started = System.Diagnostics.Stopwatch.StartNew();

        var result = ContractReader.Read(System.Text.Encoding.UTF8.GetBytes(line + "x\n"), name, Options, CancellationToken.None);

        IsWellFormed(result, name).ShouldBeTrue();
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
    }

    private static bool IsWellFormed(Result<ContractText> result, string name) =>
        result.Success
            ? result.Value.Lines.All(l => l.Text.Length > 0 && l.Line > 0)
            : result.Diagnostics.Count(d => d.IsError) == 1 && result.Diagnostics.First(d => d.IsError).Location?.File == name;
}
