using Snapshooter.Xunit;
using Sourcewise.Contracts;
using Sourcewise.Documents.Contracts;

namespace Sourcewise.Documents.Tests.Contracts;

/// <summary>Whole-page snapshots of real corpus documents, so any change in line breaking, kinds or repairs shows up
/// in review.</summary>
public sealed class ContractReaderSnapshotTests
{
    private static string Render(ContractText text, Func<ContractLine, bool> which) =>
        string.Join("\n", text.Lines.Where(which).Select(l => $"{l.Page}:{l.Line} {l.Kind,-8} {l.Text}"));

    [SkippableFact]
    public async Task Bonterms_PDF_pages_1_and_3()
    {
        var text = (await ContractReader.ReadFileAsync(Corpus.File("templates/docx/bonterms-psa-v1.2.pdf"))).GetValueOrThrow();

        Snapshot.Match(Render(text, l => l.Page is 1 or 3));
    }

    [SkippableFact]
    public async Task Common_Paper_statement_of_work_DOCX()
    {
        var text = (await ContractReader.ReadFileAsync(Corpus.File("templates/docx/common-paper-statement-of-work.docx"))).GetValueOrThrow();

        Snapshot.Match(Render(text, _ => true));
    }
}
