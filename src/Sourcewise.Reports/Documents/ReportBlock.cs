namespace Sourcewise.Reports.Documents;

/// <summary>One block of a report section. The renderers know every kind; the set is closed.</summary>
public abstract record ReportBlock
{
    private protected ReportBlock()
    {
    }
}
