using Sourcewise.Contracts;
using Sourcewise.Diagnostics;

namespace Sourcewise.Documents.Contracts.Docx;

/// <summary>Reads DOCX.</summary>
internal static class DocxContractReader
{
    public static Result<ContractText> Read(byte[] bytes, string source, ContractReaderOptions options,
        CancellationToken cancellationToken) =>
        ContractReader.Fail("unsupported-format", "DOCX reading is not built yet", new SourceLocation(source));
}
