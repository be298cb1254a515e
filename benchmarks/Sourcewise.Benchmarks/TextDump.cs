using Sourcewise.Contracts;
using Sourcewise.Documents.Contracts;

namespace Sourcewise.Benchmarks;

/// <summary>Writes every line and sentence a contract reads as, one a line, so two builds can be compared with
/// <c>cmp</c> after a speed change (the check JSON shows only a few sentences).</summary>
internal static class TextDump
{
    public static void Run(IEnumerable<string> files, TextWriter output)
    {
        foreach (var file in files)
        {
            var result = ContractReader.ReadFileAsync(file).GetAwaiter().GetResult();
            output.WriteLine($"# {file} {result.Success} {string.Join("; ", result.Diagnostics)}");
            if (!result.Success)
            {
                continue;
            }

            var text = result.Value;
            output.WriteLine($"# {text.Format} {text.PageCount} {text.Lines.Length} lines {text.CharacterCount} chars");
            foreach (var line in text.Lines)
            {
                output.WriteLine($"L {line.Page}:{line.Line} {line.Kind} {line.Text}");
            }

            foreach (var s in ContractSentences.Split(text))
            {
                output.WriteLine($"S {s.Page}:{s.Line}-{s.EndPage}:{s.EndLine} {s.Kind} {s.Text}");
            }
        }
    }
}
