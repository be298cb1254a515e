using System.Globalization;
using Sourcewise.Contracts;
using Sourcewise.Documents.Contracts;
using Sourcewise.Signals;

namespace Sourcewise.Train;

/// <summary>The document-level reading of every development document, one line each: what the not-an-engagement
/// rule reads (shares of clauses per domain, services, engagement) beside the expected model.</summary>
internal static class DocumentFeatures
{
    public static int Parties(TextWriter output)
    {
        var corpus = Corpus.Locate();
        var detector = new SignalDetector(Data.Catalogue);
        foreach (var row in corpus.Manifest.Where(r => corpus.Splits.GetValueOrDefault(r["path"]) == "dev"))
        {
            var text = ContractReader.ReadFileAsync(Path.Combine(corpus.Root, row["path"])).GetAwaiter().GetResult();
            if (text.Success)
            {
                var reading = detector.Read(ContractSentences.Split(text.Value), CancellationToken.None);
                output.WriteLine($"{row["path"][(row["path"].LastIndexOf('/') + 1)..][..Math.Min(50, row["path"].Length - row["path"].LastIndexOf('/') - 1)],-50} {string.Join(" | ", reading.Parties.Select(p => $"{p.Role}: {p.Alias} ({p.LegalName})"))}");
            }
        }

        return 0;
    }

    public static int Run(TextWriter output)
    {
        var corpus = Corpus.Locate();
        var catalogue = Data.Catalogue;
        var detector = new SignalDetector(catalogue);
        var deals = catalogue.Scope.Deals;
        output.WriteLine($"{"expected",-20} {"read",5} {"serv",5} {"eng",5} {string.Join(" ", deals.Select(d => d.Describes[..Math.Min(5, d.Describes.Length)].PadLeft(5)))} {"score",5}  document");
        foreach (var row in corpus.Manifest.Where(r => corpus.Splits.GetValueOrDefault(r["path"]) == "dev"))
        {
            var text = ContractReader.ReadFileAsync(Path.Combine(corpus.Root, row["path"])).GetAwaiter().GetResult();
            if (!text.Success)
            {
                continue;
            }

            var reading = detector.Read(ContractSentences.Split(text.Value), CancellationToken.None);
            var f = reading.Facts;
            var check = Data.Checker.Check(text.Value);
            var best = check.Classification.Scores.Values.DefaultIfEmpty(0).Max();
            string Share(int n) => f.Read == 0 ? "  -  " : (100.0 * n / f.Read).ToString("0.0", CultureInfo.InvariantCulture).PadLeft(5);
            output.WriteLine($"{SplitEvaluation.Expected(row),-20} {f.Read,5} {Share(f.Services)} {Share(f.Engagement)} {string.Join(" ", f.Domains.Select(Share))} {best,5:0.#} {f.Engagement,3} {string.Join("/", reading.Parties.Select(p => p.Role.ToString()[0] + ":" + p.Alias)),-30} {row["path"][(row["path"].LastIndexOf('/') + 1)..][..Math.Min(60, row["path"].Length - row["path"].LastIndexOf('/') - 1)]}");
        }

        return 0;
    }
}
