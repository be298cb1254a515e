using Sourcewise.Contracts;
using Sourcewise.Signals;

namespace Sourcewise.Web.Checks;

/// <summary>A checked proposal and, for documents, the text it was read as (the page highlights the evidence in it).</summary>
internal sealed record CheckRun(ContractCheck Check, ContractText? Text, byte[] Utf8Json);
