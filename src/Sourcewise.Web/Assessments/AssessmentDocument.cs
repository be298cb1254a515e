using System.Text.Json;

namespace Sourcewise.Web.Assessments;

/// <summary>An assessment as the public JSON (INTERFACES.md "Assessment JSON"): what the API returns, what a decision
/// stores, and what the pages read (parsed only when a page asks).</summary>
internal sealed class AssessmentDocument(byte[] utf8Json)
{
    private JsonElement? _root;

    public byte[] Utf8Json { get; } = utf8Json;

    public JsonElement Root
    {
        get
        {
            if (_root is null)
            {
                using var document = JsonDocument.Parse(Utf8Json);
                _root = document.RootElement.Clone();
            }

            return _root.Value;
        }
    }
}
