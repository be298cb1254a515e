using Sourcewise.Contracts;

using Sourcewise.Documents.Contracts.Text;

namespace Sourcewise.Documents.Contracts.Html;

/// <summary>Reads HTML.</summary>
internal static class HtmlContractReader
{
    public static ContractText Read(string html, string source, CancellationToken cancellationToken) =>
        PlainTextContractReader.Read(html, source, cancellationToken) with { Format = "html" };
}
