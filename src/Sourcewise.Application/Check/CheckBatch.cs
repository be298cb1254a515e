using Sourcewise.Signals;

namespace Sourcewise.Application.Check;

/// <summary>The checks of a directory of documents, in sorted file order.</summary>
/// <param name="Directory">The directory as given.</param>
/// <param name="Checks">The documents that could be checked.</param>
/// <param name="Errors">The documents that could not, each with its error message.</param>
public sealed record CheckBatch(string Directory, IReadOnlyList<ContractCheck> Checks,
    IReadOnlyList<(string Document, string Error)> Errors);
