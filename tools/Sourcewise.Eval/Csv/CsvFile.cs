using System.Text;

namespace Sourcewise.Eval.Csv;

/// <summary>One CSV record and the line of the file it starts on.</summary>
internal sealed record CsvRecord(int Line, List<string> Fields);

/// <summary>A small RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes).</summary>
internal static class CsvFile
{
    /// <summary>Reads a trusted file (the corpus manifest, CUAD's clause table) into rows keyed by the header.</summary>
    public static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var rows = ReadRecords(File.ReadAllText(path), out _);
        var header = rows[0].Fields;
        return [.. rows.Skip(1).Where(r => r.Fields.Count > 1).Select(r =>
            header.Select((h, i) => (h, v: i < r.Fields.Count ? r.Fields[i] : string.Empty)).ToDictionary(p => p.h, p => p.v))];
    }

    /// <summary>Splits CSV text into records, each with the 1-based line it starts on (a quoted field may span
    /// lines). <paramref name="unclosedAt"/> is the line of a record whose quoted field never closes.</summary>
    public static List<CsvRecord> ReadRecords(string text, out int? unclosedAt)
    {
        var rows = new List<CsvRecord>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var rowLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (ch == '\n' || (ch == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                    {
                        line++;
                    }

                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(new CsvRecord(rowLine, row));
                row = [];
                line++;
                rowLine = line;
            }
            else
            {
                field.Append(ch);
            }
        }

        unclosedAt = quoted ? rowLine : null;
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(new CsvRecord(rowLine, row));
        }

        return rows;
    }
}
