using Sourcewise.Contracts;
using Sourcewise.Diagnostics;

namespace Sourcewise.Documents.Contracts.Pdf;

/// <summary>Reads PDF.</summary>
internal static class PdfContractReader
{
    public static Result<ContractText> Read(byte[] bytes, string source, ContractReaderOptions options,
        CancellationToken cancellationToken) =>
        ContractReader.Fail("unsupported-format", "PDF reading is not built yet", new SourceLocation(source));
}
