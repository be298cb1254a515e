namespace Sourcewise.Documents.Contracts;

/// <summary>The formats the contract reader understands.</summary>
internal enum ContractFormat
{
    Unknown,
    Text,
    Markdown,
    Html,
    Docx,
    Pdf,
}
