using System.Net;
using System.Text;
using Sourcewise.Documents.Tests.Contracts;
using Sourcewise.Web.Tests.Infrastructure;
using static Sourcewise.Web.Tests.Api.ApiAssertions;

namespace Sourcewise.Web.Tests.Security;

/// <summary>One small hostile file used to kill the whole server (a stack overflow inside the PDF or DOCX library
/// cannot be caught). Each now answers 400 naming the file, and the same server goes on answering.</summary>
public sealed class HostileUploadTests : IClassFixture<SourcewiseFactoryFixture>
{
    private readonly HttpClient _client;

    public HostileUploadTests(SourcewiseFactoryFixture fixture)
    {
        _client = fixture.Factory.CreateClient();
    }

    public static TheoryData<string, string> Files() => new()
    {
        { "resources-cycle.pdf", "a page whose /Resources is a reference cycle (7 -> 6 -> 7)" },
        { "cycle-in-object-stream.pdf", "a reference cycle hidden in a compressed object stream" },
        { "deep-page-tree.pdf", "a page tree 10,000 levels deep" },
        { "nested-sdt.docx", "40,000 nested content controls (w:sdt) in 5 KB" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_hostile_document_answers_400_and_the_server_keeps_serving(string name, string trap)
    {
        // Given a small document with one trap in it
        var bytes = name switch
        {
            "resources-cycle.pdf" => HostileDocuments.ResourcesReferenceCycle(),
            "cycle-in-object-stream.pdf" => HostileDocuments.ReferenceCycleInObjectStream(),
            "deep-page-tree.pdf" => HostileDocuments.DeepPageTree(10_000),
            _ => HostileDocuments.NestedContentControls(40_000),
        };
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(bytes), "file", name },
            { new StringContent("managed-services"), "claimed" },
        };

        // When it is uploaded for a check
        var response = await _client.PostAsync("/api/check", form, TestContext.CancellationToken);

        // Then it is refused as the client's error, naming the file field ...
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "file");
        problem.GetProperty("detail").GetString()!.ShouldContain("may be damaged or hostile", customMessage: trap);

        // ... and the same server still checks an ordinary proposal
        using var ordinary = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.Proposal)), "file", "proposal.txt" },
            { new StringContent("managed-services"), "claimed" },
        };
        var json = await (await _client.PostAsync("/api/check", ordinary, TestContext.CancellationToken)).ShouldBeJsonAsync();
        json.GetProperty("document").GetString().ShouldBe("proposal.txt");
    }
}
