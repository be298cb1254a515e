using Sourcewise.Profiles;

namespace Sourcewise.Core.Tests.Assessment;

/// <summary>Builds profiles for tests: from <c>key: value</c> pairs, or from the flat YAML examples of the repository.</summary>
internal static class Profiles
{
    public static WorkProfile Make(string name, params (string Key, string Value)[] answers)
    {
        var builder = new WorkProfileBuilder();
        builder.Set("name", name);
        foreach (var (key, value) in answers)
        {
            builder.Set(key, value);
        }

        return builder.Build().GetValueOrThrow();
    }

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sourcewise.slnx")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Sourcewise.slnx not found above the test output.");
        }
    }

    /// <summary>Reads one of the flat <c>examples/*.yaml</c> profiles (one <c>key: value</c> per line).</summary>
    public static WorkProfile Example(string fileName)
    {
        var builder = new WorkProfileBuilder();
        foreach (var line in File.ReadAllLines(Path.Combine(RepositoryRoot, "examples", fileName)))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var colon = trimmed.IndexOf(':');
            builder.Set(trimmed[..colon].Trim(), trimmed[(colon + 1)..].Trim());
        }

        return builder.Build().GetValueOrThrow();
    }
}
