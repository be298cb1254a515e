using System.Text;

namespace Sourcewise.Eval.Tests;

/// <summary>A small corpus written to a temporary directory: documents, <c>manifest.csv</c> and <c>splits.csv</c>. The
/// directory is also the <c>--eval-dir</c>, so no file of the repository's <c>eval/</c> is read by accident.</summary>
internal sealed class TinyCorpus
{
    /// <summary>A managed service: service levels with credits, a fee per user, operations.</summary>
    public const string ManagedServiceText = """
        # Services Agreement

        1. Service Levels. The Provider shall meet 99.9% monthly availability and shall respond to Severity 1 incidents within one hour and resolve them within four hours.
        2. Service Credits. If the Provider misses a Service Level, the Customer will receive a service credit of 5% of the monthly fee.
        3. Fees. The Customer shall pay a monthly fee per user.
        4. Operations. The Provider will provide 24x7 monitoring, incident management and patching of the Customer's servers.
        """;

    /// <summary>An opening that names one party ("Aduro") and gives the other a role ("Consultant").</summary>
    public const string AliasOpeningText = """
        # CONSULTING AGREEMENT

        Aduro Biotech, Inc., with a place of business at 740 Heinz Avenue, Berkeley ("Aduro") and IREYA B.V ("Consultant") agree to all terms and conditions of this Consulting Agreement ("Agreement").

        1. Services. Consultant shall provide the consulting services described in Exhibit A.
        """;

    private readonly StringBuilder _manifest = new("path,expected_model,acceptable_models,scored\n");
    private readonly StringBuilder _splits = new("path,family,split\n");

    public TinyCorpus()
    {
        Dir = EvalRun.TempDirectory();
    }

    public string Dir { get; }

    /// <summary>Adds a document with its labels and split.</summary>
    public TinyCorpus Add(string path, string text, string expected, string split, string acceptable = "", bool scored = true)
    {
        var file = Path.Combine(Dir, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        _manifest.Append(path).Append(',').Append(expected).Append(',').Append(acceptable).Append(',').Append(scored ? "yes" : "no").Append('\n');
        _splits.Append(path).Append(',').Append(path).Append(',').Append(split).Append('\n');
        return this;
    }

    /// <summary>Writes another file of the evaluation directory (labels, sentences).</summary>
    public TinyCorpus With(string fileName, string content)
    {
        File.WriteAllText(Path.Combine(Dir, fileName), content);
        return this;
    }

    /// <summary>Writes the manifest and the split, and returns the arguments to evaluate the corpus.</summary>
    public string[] Args(params string[] extra)
    {
        File.WriteAllText(Path.Combine(Dir, "manifest.csv"), _manifest.ToString());
        File.WriteAllText(Path.Combine(Dir, "splits.csv"), _splits.ToString());
        return [Dir, "--eval-dir", Dir, .. extra];
    }
}
