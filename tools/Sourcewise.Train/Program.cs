using Sourcewise.Train;

// The proposal check's development tool (see README, "How the check reads a contract"):
//   probe SENTENCE...           how the reading layer reads sentences (one document) and which frames match
//   read FILE                   the signals of one file, with evidence and the frame that matched
//   eval dev [--details]        the check on the development split: model, signal and CUAD figures (and errors)
//   eval blind                  the same on the blind split, totals only
//   cases [FILTER] [--verbose]  the signal cases (tests/Sourcewise.Core.Tests/Signals/Cases) with the data here
//   train [--folds K] [--write]  the sentence classifier: document-level cross-validation, then Data/classifier.json
//   signals                     one JSON line per development document and edited variant (signals, answer)
//   doc-features                the document-level reading of each development document (for not-an-engagement)
switch (args)
{
    case ["probe", .. var sentences]:
        Probe.Sentences(sentences, Console.Out);
        return 0;
    case ["read", var file]:
        Probe.File(file, Console.Out);
        return 0;
    case ["cases", .. var rest]:
        return Cases.Run(rest.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)), rest.Contains("--verbose"), Console.Out);
    case ["train", .. var rest]:
        return Learn.Run(rest, Console.Out);
    case ["signals"]:
        return SignalDump.Run(Console.Out);
    case ["parties"]:
        return DocumentFeatures.Parties(Console.Out);
    case ["doc-features"]:
        return DocumentFeatures.Run(Console.Out);
    case ["eval", var split]:
        return SplitEvaluation.Run(split, details: false, Console.Out);
    case ["eval", var split, "--details"]:
        return SplitEvaluation.Run(split, details: true, Console.Out);
    default:
        Console.Error.WriteLine("usage: sourcewise-train probe SENTENCE... | read FILE | eval dev [--details] | eval blind");
        return 2;
}
