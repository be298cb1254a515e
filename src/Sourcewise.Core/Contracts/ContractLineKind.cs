namespace Sourcewise.Contracts;

/// <summary>What a line of a document is.</summary>
public enum ContractLineKind
{
    /// <summary>Running text.</summary>
    Body,

    /// <summary>A heading or title.</summary>
    Heading,

    /// <summary>The start of a numbered clause ("4.2 The Supplier shall…").</summary>
    Clause,

    /// <summary>A row of a table, cells joined with " | ".</summary>
    TableRow,
}
