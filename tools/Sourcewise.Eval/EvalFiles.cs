namespace Sourcewise.Eval;

/// <summary>Finds the project's evaluation files (<c>eval/NAME</c>) in the current directory or above, or above the
/// tool itself (its build output sits inside the checkout).</summary>
internal static class EvalFiles
{
    public const string SignalLabels = "signal-labels.csv";
    public const string Splits = "splits.csv";
    public const string CuadRelabels = "cuad-relabels.csv";
    public const string Sentences = "sentences.csv";

    /// <summary>The full path of <c>eval/<paramref name="name"/></c> here or above, or <c>null</c>.</summary>
    public static string? FindDefault(string name, string currentDirectory)
    {
        foreach (var start in new[] { currentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "eval", name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>How to show a found file: relative to the current directory when it is below it.</summary>
    public static string Show(string path, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
