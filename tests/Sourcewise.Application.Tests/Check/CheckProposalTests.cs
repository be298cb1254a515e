using System.Text;
using Sourcewise.Application.Check;
using Sourcewise.Application.Output;

namespace Sourcewise.Application.Tests.Check;

/// <summary>The check use case: which files it reads (Documents' list alone), one file, an upload, a directory.</summary>
public sealed class CheckProposalTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("a.txt", true)]
    [InlineData("a.text", true)]
    [InlineData("a.md", true)]
    [InlineData("a.markdown", true)]
    [InlineData("a.HTML", true)]
    [InlineData("a.htm", true)]
    [InlineData("a.xhtml", true)]
    [InlineData("a.docx", true)]
    [InlineData("a.pdf", true)]
    [InlineData("answers.yaml", true)]
    [InlineData("answers.yml", true)]
    [InlineData("answers.json", true)]
    [InlineData("a.rtf", false)]
    [InlineData("a.csv", false)]
    [InlineData("a", false)]
    public void What_check_reads_is_the_contract_readers_list_and_questionnaires(string name, bool checkable) =>
        CheckProposal.IsCheckable(name).ShouldBe(checkable);

    [Fact]
    public async Task An_upload_gives_the_same_check_as_the_same_file_on_disk()
    {
        var path = TestFiles.Example("search-relevance-sow.md");

        var fromFile = await CheckProposal.Default.CheckFileAsync(path, null, CancellationToken.None);
        await using var upload = new MemoryStream(await File.ReadAllBytesAsync(path));
        var fromUpload = await CheckProposal.Default.CheckStreamAsync(upload, path, null, CancellationToken.None);

        fromFile.Status.ShouldBe(OutcomeStatus.Ok);
        fromUpload.Status.ShouldBe(OutcomeStatus.Ok);
        CheckOutput.Render(fromUpload.Value!.Check, OutputFormat.Json).ShouldBe(CheckOutput.Render(fromFile.Value!.Check, OutputFormat.Json));
        fromUpload.Value.Text.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_questionnaire_upload_is_read_as_answers()
    {
        var path = TestFiles.Example("proposal-answers.yaml");
        await using var upload = File.OpenRead(path);

        var checkedUpload = await CheckProposal.Default.CheckStreamAsync(upload, "proposal-answers.yaml", null, CancellationToken.None);

        checkedUpload.Status.ShouldBe(OutcomeStatus.Ok, string.Join("; ", checkedUpload.Diagnostics));
        checkedUpload.Value!.Check.FromQuestionnaire.ShouldBeTrue();
        checkedUpload.Value.Text.ShouldBeNull();
    }

    [Fact]
    public async Task A_document_of_an_unknown_type_is_invalid_naming_it()
    {
        var checkedUpload = await CheckProposal.Default.CheckStreamAsync(new MemoryStream("hello"u8.ToArray()), "contract.rtf", null,
            CancellationToken.None);

        checkedUpload.Status.ShouldBe(OutcomeStatus.Invalid);
        checkedUpload.Diagnostics.ShouldHaveSingleItem().ToString().ShouldStartWith("contract.rtf: ");
    }

    [Fact]
    public async Task A_document_without_text_is_invalid()
    {
        var checkedUpload = await CheckProposal.Default.CheckStreamAsync(new MemoryStream(" \n\n"u8.ToArray()), "blank.txt", null,
            CancellationToken.None);

        checkedUpload.Status.ShouldBe(OutcomeStatus.Invalid);
    }

    [Fact]
    public void A_directory_without_documents_is_invalid_listing_what_is_accepted()
    {
        _dir.File("notes.csv", "a,b\n");

        var files = CheckProposal.ListDocuments(_dir.Path);

        files.Status.ShouldBe(OutcomeStatus.Invalid);
        files.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe($"no documents to check (accepted: {CheckProposal.AcceptedList})");
    }

    [Fact]
    public async Task A_batch_keeps_file_order_and_is_partial_when_a_file_cannot_be_read()
    {
        File.Copy(TestFiles.Example("search-relevance-sow.md"), _dir.File("b/sow.md"));
        _dir.File("a/empty.txt", "");
        File.Copy(TestFiles.Example("proposal-answers.yaml"), _dir.File("c/answers.yaml"));
        var files = CheckProposal.ListDocuments(_dir.Path).Value!;
        var started = 0;

        var batch = await CheckProposal.Default.CheckFilesAsync(_dir.Path, files, null, _ => Interlocked.Increment(ref started), null,
            CancellationToken.None);

        files.Select(Path.GetFileName).ShouldBe(["empty.txt", "sow.md", "answers.yaml"]);
        started.ShouldBe(3);
        batch.Status.ShouldBe(OutcomeStatus.Partial);
        batch.Value!.Checks.Select(c => Path.GetFileName(c.Document)).ShouldBe(["sow.md", "answers.yaml"]);
        batch.Value.Errors.ShouldHaveSingleItem().Document.ShouldEndWith("empty.txt");
        Encoding.UTF8.GetString(CheckOutput.Render(batch.Value, OutputFormat.Json)).ShouldEndWith("}\n");
    }
}
