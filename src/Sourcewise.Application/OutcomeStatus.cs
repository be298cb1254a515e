namespace Sourcewise.Application;

/// <summary>How a use case ended. Hosts map it to an exit code or an HTTP status in one place each.</summary>
public enum OutcomeStatus
{
    /// <summary>Done; the value is complete (there may be warnings).</summary>
    Ok,

    /// <summary>Done, but part of the input was bad: the value holds what could be done and names the bad parts
    /// (a portfolio's unreadable rows, a batch's unreadable files). The CLI exits 1 after writing it.</summary>
    Partial,

    /// <summary>The input is bad; nothing was produced. The diagnostics say what and where.</summary>
    Invalid,

    /// <summary>What was asked for does not exist (a saved decision's id).</summary>
    NotFound,
}
