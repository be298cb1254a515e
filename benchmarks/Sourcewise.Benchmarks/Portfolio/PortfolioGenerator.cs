using System.Globalization;
using System.Text;
using Sourcewise.Profiles;

namespace Sourcewise.Benchmarks.Portfolio;

/// <summary>Writes a synthetic portfolio CSV of realistic, valid workstreams (a few answers left blank), seeded so
/// the same size always gives the same file.</summary>
internal static class PortfolioGenerator
{
    public static void Write(TextWriter writer, int rows, int seed = 42)
    {
        var random = new Random(seed);
        writer.Write(string.Join(',', ProfileFields.Keys));
        writer.Write('\n');
        var line = new StringBuilder(256);
        for (var i = 1; i <= rows; i++)
        {
            line.Clear();
            line.Append("Workstream ").Append(i.ToString(CultureInfo.InvariantCulture));
            foreach (var field in ProfileFields.Answerable)
            {
                line.Append(',');
                if (random.Next(12) == 0)
                {
                    continue;
                }

                line.Append(field.Kind switch
                {
                    ProfileFieldKind.Integer => random.Next(0, 37).ToString(CultureInfo.InvariantCulture),
                    _ => field.Values[random.Next(field.Values.Length)],
                });
            }

            line.Append('\n');
            writer.Write(line);
        }
    }

    public static string Csv(int rows, int seed = 42)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, rows, seed);
        return writer.ToString();
    }
}
