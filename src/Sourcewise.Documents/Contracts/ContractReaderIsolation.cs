namespace Sourcewise.Documents.Contracts;

/// <summary>Where PDF and DOCX files are parsed.</summary>
public enum ContractReaderIsolation
{
    /// <summary>In a separate reader process with a time limit and a memory budget (the default).</summary>
    ChildProcess,

    /// <summary>In the calling process.</summary>
    InProcess,
}
