using Sourcewise.Contracts;

namespace Sourcewise.Documents.Contracts.Text;

/// <summary>Reads plain text: every non-blank source line is a line, numbered as in the file.</summary>
internal static class PlainTextContractReader
{
    public static ContractText Read(string text, string source, CancellationToken cancellationToken)
    {
        var builder = new ContractLinesBuilder();
        var lineNumber = 0;
        string? previous = null;
        foreach (var range in SourceLines.Enumerate(text))
        {
            lineNumber++;
            if ((lineNumber & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = text.AsSpan(range.Start, range.Length);
            if (line.IsWhiteSpace())
            {
                previous = null;
                continue;
            }

            var clean = ContractLinesBuilder.Clean(line);
            var kind = LineKinds.ClassifyInFlow(clean, previous);
            builder.AddAt(null, lineNumber, clean, kind);
            previous = kind is ContractLineKind.Body or ContractLineKind.Clause ? clean : null;
        }

        return new ContractText(source, "text", builder.ToImmutable());
    }
}
