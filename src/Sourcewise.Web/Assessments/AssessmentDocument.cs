using System.Text.Json;

namespace Sourcewise.Web.Assessments;

/// <summary>An assessment as the public JSON (INTERFACES.md "Assessment JSON"): what the API returns, what a decision
/// stores, and what the pages read.</summary>
internal sealed class AssessmentDocument
{
    public AssessmentDocument(byte[] utf8Json)
    {
        Utf8Json = utf8Json;
        using var document = JsonDocument.Parse(utf8Json);
        Root = document.RootElement.Clone();
    }

    public byte[] Utf8Json { get; }

    public JsonElement Root { get; }
}
