using System.Globalization;
using System.Text;
using System.Text.Json;
using Sourcewise.Decisions;
using Sourcewise.Diagnostics;
using Sourcewise.Text;

namespace Sourcewise.Application.Decisions;

/// <summary>Reads monthly actuals: JSON <c>{ "months": [ { "month", "spend", "headcount"?, "changeRequests"?,
/// "slaBreaches"?, "attrition"?, "note"? } ] }</c> or CSV with those columns (a header row first). All or nothing:
/// any bad row fails the whole read, each problem naming its row and column (CSV) or field path (JSON). Never throws
/// for bad input.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class ActualsReader
{
    /// <summary>The columns (and JSON keys) accepted.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["month", "spend", "headcount", "changeRequests", "slaBreaches", "attrition", "note"];

    /// <summary>The most months one upload may hold (100 years).</summary>
    public const int MaxMonths = 1200;

    /// <summary>The longest note.</summary>
    public const int MaxNoteLength = 1000;

    private const int MaxErrors = 20;

    /// <summary>Reads JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="name">Its name, for messages.</param>
    public static Result<IReadOnlyList<MonthActual>> ReadJson(string json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return Fail(name, "body", $"is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            JsonElement months;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("months", out months) && months.ValueKind == JsonValueKind.Array)
            {
                foreach (var property in root.EnumerateObject().Where(p => p.Name != "months"))
                {
                    return Fail(name, property.Name, $"unknown key '{property.Name}'; the body is {{ \"months\": [ … ] }}");
                }
            }
            else
            {
                return Fail(name, "months", "is required: an array of months, e.g. { \"months\": [ { \"month\": \"2026-01\", \"spend\": 42000 } ] }");
            }

            if (months.GetArrayLength() > MaxMonths)
            {
                return Fail(name, "months", $"holds more than {MaxMonths} months");
            }

            var errors = new List<Diagnostic>();
            var read = new List<MonthActual>(months.GetArrayLength());
            var index = 0;
            foreach (var item in months.EnumerateArray())
            {
                var path = $"months[{index++}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(Error(name, path, "must be an object with month and spend"));
                    continue;
                }

                var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var property in item.EnumerateObject())
                {
                    if (!Columns.Contains(property.Name, StringComparer.Ordinal))
                    {
                        errors.Add(Error(name, $"{path}.{property.Name}",
                            $"unknown key '{property.Name}'{Suggestions.DidYouMean(property.Name, Columns)}; accepted: {string.Join(", ", Columns)}"));
                        continue;
                    }

                    cells[property.Name] = property.Value.ValueKind switch
                    {
                        JsonValueKind.Null => null,
                        JsonValueKind.String when property.Name is "month" or "note" => property.Value.GetString(),
                        JsonValueKind.Number when property.Name is not ("month" or "note") => property.Value.GetRawText(),
                        _ => "\u0000" + property.Value.GetRawText(),
                    };
                }

                if (Row(cells, name, f => $"{path}.{f}", Message, errors) is { } month)
                {
                    read.Add(month);
                }

                if (errors.Count >= MaxErrors)
                {
                    break;
                }
            }

            return Finish(read, errors, name, i => $"months[{i}]");
        }
    }

    /// <summary>Reads CSV text (comma-separated, a header row, fields quoted with <c>"</c> when they hold commas).</summary>
    /// <param name="csv">The text.</param>
    /// <param name="name">Its name (the file), for messages.</param>
    public static Result<IReadOnlyList<MonthActual>> ReadCsv(string csv, string name)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var rows = CsvRows(csv.TrimStart('\uFEFF'));
        if (rows.Count == 0 || rows[0].Cells.All(string.IsNullOrWhiteSpace))
        {
            return Fail(name, "header", $"the file is empty: the first row names the columns ({string.Join(",", Columns)})");
        }

        var errors = new List<Diagnostic>();
        var header = rows[0];
        var columns = new string?[header.Cells.Count];
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var cell = header.Cells[i].Trim();
            var known = Columns.FirstOrDefault(c => c.Equals(cell, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                errors.Add(Error(name, cell, $"row {header.Line}, column {i + 1}: unknown column '{cell}'{Suggestions.DidYouMean(cell, Columns)}; accepted: {string.Join(", ", Columns)}"));
            }
            else if (columns.Contains(known))
            {
                errors.Add(Error(name, known, $"row {header.Line}, column {i + 1}: the column '{known}' appears twice"));
            }

            columns[i] = known;
        }

        foreach (var required in new[] { "month", "spend" }.Where(r => !columns.Contains(r)))
        {
            errors.Add(Error(name, required, $"row {header.Line}: the column '{required}' is missing"));
        }

        if (errors.Count > 0)
        {
            return Result<IReadOnlyList<MonthActual>>.Fail(errors);
        }

        if (rows.Count - 1 > MaxMonths)
        {
            return Fail(name, "rows", $"holds more than {MaxMonths} months");
        }

        var read = new List<MonthActual>(rows.Count - 1);
        var lines = new List<int>(rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (row.Cells.Count > columns.Length)
            {
                errors.Add(Error(name, "row", $"row {row.Line}: {row.Cells.Count} cells but {columns.Length} columns"));
                continue;
            }

            var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < row.Cells.Count; i++)
            {
                cells[columns[i]!] = string.IsNullOrWhiteSpace(row.Cells[i]) ? null : row.Cells[i].Trim();
            }

            var line = row.Line;
            if (Row(cells, name, f => f, m => $"row {line}, column {Array.IndexOf(columns, FieldOf(m)) + 1}: {Message(m)}", errors) is { } month)
            {
                read.Add(month);
                lines.Add(line);
            }

            if (errors.Count >= MaxErrors)
            {
                break;
            }
        }

        return Finish(read, errors, name, i => $"row {lines[i]}");
    }

    // Messages from Row carry their field before a tab, so a CSV message can name its column.
    private static string FieldOf(string message) => message[..message.IndexOf('\t', StringComparison.Ordinal)];

    private static string Message(string message) => message[(message.IndexOf('\t', StringComparison.Ordinal) + 1)..];

    private static MonthActual? Row(Dictionary<string, string?> cells, string name, Func<string, string> field,
        Func<string, string> message, List<Diagnostic> errors)
    {
        var before = errors.Count;
        void Add(string key, string text) => errors.Add(Error(name, field(key), message($"{key}\t{text}")));

        YearMonth month = default;
        if (cells.GetValueOrDefault("month") is not { } monthText)
        {
            Add("month", "is required: the month as YYYY-MM");
        }
        else if (!YearMonth.TryParse(monthText, out month))
        {
            Add("month", $"must be a month written YYYY-MM (e.g. 2026-03), got '{Shown(monthText)}'");
        }

        double spend = 0;
        if (cells.GetValueOrDefault("spend") is not { } spendText)
        {
            Add("spend", "is required: what was spent in the month");
        }
        else if (!double.TryParse(spendText, NumberStyles.Float, CultureInfo.InvariantCulture, out spend) || !double.IsFinite(spend))
        {
            Add("spend", $"must be a number (no currency sign or thousands separator), got '{Shown(spendText)}'");
        }
        else if (spend < 0)
        {
            Add("spend", $"must be 0 or more, got {Shown(spendText)}");
        }

        int? Count(string key)
        {
            if (cells.GetValueOrDefault(key) is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 1_000_000)
            {
                return value;
            }

            Add(key, $"must be a whole number 0 or more, got '{Shown(text)}'");
            return null;
        }

        var headcount = Count("headcount");
        var changeRequests = Count("changeRequests");
        var slaBreaches = Count("slaBreaches");
        var attrition = Count("attrition");
        var note = cells.GetValueOrDefault("note");
        if (note is not null && (note.StartsWith('\u0000') || note.Length > MaxNoteLength))
        {
            Add("note", $"must be text of at most {MaxNoteLength} characters");
        }

        return errors.Count > before ? null : new MonthActual(month, spend, headcount, changeRequests, slaBreaches, attrition, note);
    }

    private static string Shown(string text)
    {
        var shown = text.StartsWith('\u0000') ? text[1..] : text;
        return shown.Length > 40 ? shown[..40] + "…" : shown;
    }

    private static Result<IReadOnlyList<MonthActual>> Finish(List<MonthActual> read, List<Diagnostic> errors, string name,
        Func<int, string> where)
    {
        if (errors.Count == 0)
        {
            var seen = new Dictionary<YearMonth, int>();
            for (var i = 0; i < read.Count; i++)
            {
                if (seen.TryGetValue(read[i].Month, out var first))
                {
                    errors.Add(Error(name, "month", $"{where(i)}: the month {read[i].Month} is given twice (first at {where(first)}); send each month once"));
                }
                else
                {
                    seen[read[i].Month] = i;
                }
            }
        }

        if (errors.Count == 0 && read.Count == 0)
        {
            errors.Add(Error(name, "months", "holds no months"));
        }

        return errors.Count > 0 ? Result<IReadOnlyList<MonthActual>>.Fail(errors) : Result<IReadOnlyList<MonthActual>>.Ok(read);
    }

    private sealed record CsvRow(int Line, List<string> Cells);

    private static List<CsvRow> CsvRows(string text)
    {
        var rows = new List<CsvRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                rows.Add(new CsvRow(rowLine, cells));
                cells = [];
                line++;
                rowLine = line;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            rows.Add(new CsvRow(rowLine, cells));
        }

        return rows;
    }

    private static Diagnostic Error(string name, string field, string message) =>
        Diagnostic.Error("invalid-value", message, new SourceLocation(name, Field: field));

    private static Result<IReadOnlyList<MonthActual>> Fail(string name, string field, string message) =>
        Result<IReadOnlyList<MonthActual>>.Fail(Error(name, field, message));
}
