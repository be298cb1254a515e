using Sourcewise.Contracts;
using Sourcewise.Documents.Contracts;
using Sourcewise.Signals;
using Sourcewise.Signals.Reading;

namespace Sourcewise.Train;

/// <summary>Shows how the reading layer reads a sentence (tokens, concepts, parties, clauses, scope) and which
/// frames match; or the signals of a whole file with their evidence.</summary>
internal static class Probe
{
    public static void Sentences(IEnumerable<string> sentences, TextWriter output)
    {
        var catalogue = Data.Catalogue;
        var lexicon = catalogue.Lexicon;
        var all = sentences.ToList();
        var parties = PartyTable.Resolve([.. all.Select((s, i) => new ContractSentence(null, i + 1, s, ContractLineKind.Body, null, i + 1))], lexicon);
        foreach (var p in parties.Parties)
        {
            output.WriteLine($"party: {p.Alias} ({p.LegalName}) = {p.Role}");
        }

        var reader = new SentenceReader(lexicon);
        foreach (var sentence in all)
        {
            reader.Read(sentence, ContractLineKind.Body, parties);
            output.WriteLine($"> {sentence}");
            for (var i = 0; i < reader.Count; i++)
            {
                ref var t = ref reader[i];
                var concepts = string.Join(",", lexicon.Names(t.Concepts));
                var extra = new List<string>();
                if (t.Role != Role.None)
                {
                    extra.Add(t.Role.ToString());
                }

                if (t.Flags != TokenFlags.None)
                {
                    extra.Add(t.Flags.ToString());
                }

                if (!t.Concepts.IsEmpty && t.Kind == TokenKind.Word)
                {
                    extra.Add(reader.IsNoun(i) ? "noun" : reader.IsPassive(i) ? "passive" : "verb");
                    extra.Add("agent=" + reader.Agent(i));
                    var recipient = reader.Recipient(i);
                    if (recipient != Role.None)
                    {
                        extra.Add("to=" + recipient);
                    }
                }

                output.WriteLine($"  {i,3} c{t.Clause} {reader.TextOf(i).ToString(),-16} {concepts} {string.Join(" ", extra)}");
            }

            for (var c = 0; c < reader.ClauseCount; c++)
            {
                ref var clause = ref reader.ClauseAt(c);
                output.WriteLine($"  clause {c}: {clause.Start}-{clause.End} {clause.Kind}{(clause.Negated ? " negated" : string.Empty)}");
            }

            foreach (var signal in catalogue.Frames)
            {
                foreach (var frame in signal.Frames)
                {
                    for (var i = 0; i < reader.Count; i++)
                    {
                        if (frame.Matches(reader, i))
                        {
                            output.WriteLine($"  => {signal.Signal}: {frame.Name} (at {reader.TextOf(i).ToString()})");
                            goto nextSignal;
                        }
                    }
                }

            nextSignal:;
            }
        }
    }

    public static void File(string path, TextWriter output)
    {
        var text = ContractReader.ReadFileAsync(path).GetAwaiter().GetResult();
        if (!text.Success)
        {
            output.WriteLine(string.Join("; ", text.Diagnostics));
            return;
        }

        var sentences = ContractSentences.Split(text.Value);
        var reading = new SignalDetector(Data.Catalogue).Read(sentences, CancellationToken.None);
        foreach (var p in reading.Parties)
        {
            output.WriteLine($"party: {p.Alias} ({p.LegalName}) = {p.Role}");
        }

        var check = Data.Checker.Check(text.Value);
        output.WriteLine($"claimed {check.Claim?.Model.ToId() ?? "-"}, actual {check.Classification.ActualModelId}: {check.Classification.Reason}");
        foreach (var s in check.Signals)
        {
            output.WriteLine($"{s.Id} ({s.Occurrences}){(s.Ancillary ? " ancillary" : string.Empty)}");
            foreach (var e in s.Evidence)
            {
                output.WriteLine($"    {e.Line}: [{e.Why}] {(e.Text.Length > 200 ? e.Text[..200] + "…" : e.Text)}");
            }
        }

        foreach (var f in check.Findings)
        {
            output.WriteLine($"finding {f.Id}: {f.Message}");
        }
    }
}
