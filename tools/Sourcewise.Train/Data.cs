using Sourcewise.Signals;

namespace Sourcewise.Train;

/// <summary>The catalogue and lexicon the tool uses: read from the repository's <c>src/Sourcewise.Core/Data</c>
/// when it is there (so a data change is tried without a rebuild), else the ones built into Sourcewise.Core.</summary>
internal static class Data
{
    private static readonly Lazy<SignalCatalogue> LazyCatalogue = new(Load);
    private static readonly Lazy<ContractChecker> LazyChecker = new(() => new ContractChecker(Catalogue));

    public static SignalCatalogue Catalogue => LazyCatalogue.Value;

    public static ContractChecker Checker => LazyChecker.Value;

    private static SignalCatalogue Load()
    {
        for (var d = new DirectoryInfo(Environment.CurrentDirectory); d is not null; d = d.Parent)
        {
            var folder = Path.Combine(d.FullName, "src", "Sourcewise.Core", "Data");
            if (File.Exists(Path.Combine(folder, "signals.json")) && File.Exists(Path.Combine(folder, "lexicon.json")))
            {
                var classifier = Path.Combine(folder, "classifier.json");
                return SignalCatalogue.Load(File.ReadAllText(Path.Combine(folder, "signals.json")),
                    File.ReadAllText(Path.Combine(folder, "lexicon.json")),
                    File.Exists(classifier) && Environment.GetEnvironmentVariable("SOURCEWISE_FRAMES_ONLY") != "1" ? File.ReadAllText(classifier) : null);
            }
        }

        return SignalCatalogue.Default;
    }
}
