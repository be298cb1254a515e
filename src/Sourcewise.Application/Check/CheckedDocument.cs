using Sourcewise.Contracts;
using Sourcewise.Signals;

namespace Sourcewise.Application.Check;

/// <summary>A checked proposal and, for a document (not a questionnaire), the text it was read as, so a page can
/// show the evidence in place.</summary>
/// <param name="Check">The check.</param>
/// <param name="Text">The document's lines, or <c>null</c> for a questionnaire.</param>
public sealed record CheckedDocument(ContractCheck Check, ContractText? Text);
