namespace Sourcewise.Documents.Contracts;

/// <summary>The file types the contract reader reads, decided by <see cref="ContractFormats"/> alone, so the command
/// line, the API and the pages accept the same documents.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class ContractFileTypes
{
    /// <summary>The accepted extensions, as listed in messages.</summary>
    public const string AcceptedList = ContractFormats.AcceptedList;

    /// <summary>Whether the contract reader reads a file of this name (by its extension).</summary>
    /// <param name="fileName">A file name or path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is null.</exception>
    public static bool IsContract(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return ContractFormats.FromExtension(fileName) != ContractFormat.Unknown;
    }
}
