using System.Globalization;
using System.IO.Compression;
using MiniExcelLibs;
using Sourcewise.Diagnostics;

namespace Sourcewise.Documents.Portfolios;

/// <summary>Reads workstreams from the first sheet of an XLSX workbook (header row of profile keys), after checking
/// that the file really is a zip archive holding a workbook and that it does not inflate beyond sane limits.</summary>
internal sealed class XlsxPortfolioSource : PortfolioSource
{
    /// <summary>Largest total inflated size accepted (all parts of the workbook together).</summary>
    internal const long MaxInflatedBytes = 512L * 1024 * 1024;

    /// <summary>Largest inflate ratio accepted for a big part (real sheets compress about 5–20 to 1).</summary>
    internal const long MaxRatio = 200;

    private const int MaxEntries = 10_000;
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly long _approxRows;
    private long _rowsRead;
    private int _line;
    private IEnumerator<dynamic>? _rows;
    private PortfolioColumns? _columns;

    private XlsxPortfolioSource(string name, Stream stream, bool leaveOpen, long approxRows) : base(name)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        _approxRows = approxRows;
    }

    public override string Format => "xlsx";

    public override double Progress => _approxRows > 0 ? Math.Clamp((double)_rowsRead / _approxRows, 0, 1) : 0;

    /// <summary>Checks the archive and opens it. The stream must be seekable.</summary>
    public static Result<PortfolioSource> Open(Stream stream, string name, bool leaveOpen = false)
    {
        var check = Check(stream, name);
        if (check is { } error)
        {
            if (!leaveOpen)
            {
                stream.Dispose();
            }

            return Result<PortfolioSource>.Fail(error);
        }

        stream.Position = 0;
        var source = new XlsxPortfolioSource(name, stream, leaveOpen, stream.Length / 40);
        var header = source.ReadHeader();
        if (!header.Success)
        {
            source.Dispose();
            return Result<PortfolioSource>.Fail(header.Diagnostics);
        }

        source._columns = header.Value;
        return Result<PortfolioSource>.Ok(source);
    }

    private Result<PortfolioColumns> ReadHeader()
    {
        try
        {
            _rows = MiniExcel.Query(_stream, useHeaderRow: false, excelType: ExcelType.XLSX).GetEnumerator();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Result<PortfolioColumns>.Fail(Damaged(e, Name, null));
        }

        var cells = new List<string?>();
        while (true)
        {
            var next = Next(_rows, cells, Name, _line + 1);
            if (next.Failure is { } failure)
            {
                return Result<PortfolioColumns>.Fail(failure);
            }

            if (!next.More)
            {
                return Result<PortfolioColumns>.Fail(Diagnostic.Error("empty-file", "has no rows in its first sheet",
                    new SourceLocation(Name)));
            }

            _line++;
            if (!cells.TrueForAll(string.IsNullOrWhiteSpace))
            {
                return PortfolioColumns.FromHeader(cells, Name, _line);
            }
        }
    }

    private static Diagnostic? Check(Stream stream, string name)
    {
        var where = new SourceLocation(name);
        Span<byte> magic = stackalloc byte[4];
        stream.Position = 0;
        if (stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) < 4)
        {
            return stream.Length == 0
                ? Diagnostic.Error("empty-file", "is empty", where)
                : Diagnostic.Error("not-xlsx", "is not an XLSX workbook (too short to be a zip archive)", where);
        }

        if (!magic.SequenceEqual("PK\u0003\u0004"u8))
        {
            return Diagnostic.Error("not-xlsx",
                "is not an XLSX workbook (an .xlsx file is a zip archive; this one is not — is it CSV or an old .xls?)", where);
        }

        stream.Position = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                return Diagnostic.Error("xlsx-too-large", $"holds more than {MaxEntries} parts; refused", where);
            }

            long total = 0;
            var hasWorkbook = false;
            foreach (var entry in zip.Entries)
            {
                hasWorkbook |= string.Equals(entry.FullName, "xl/workbook.xml", StringComparison.OrdinalIgnoreCase);
                total += entry.Length;
                if (total > MaxInflatedBytes)
                {
                    return Diagnostic.Error("xlsx-too-large",
                        $"would inflate to more than {MaxInflatedBytes / 1024 / 1024} MiB; refused (a zip bomb, or split the portfolio, or save it as CSV)",
                        where);
                }

                if (entry.Length > 16L * 1024 * 1024 && entry.Length > Math.Max(1, entry.CompressedLength) * MaxRatio)
                {
                    return Diagnostic.Error("xlsx-too-large",
                        $"part '{entry.FullName}' inflates {entry.Length / Math.Max(1, entry.CompressedLength)} to 1, far beyond a real spreadsheet; refused (zip bomb?)",
                        where);
                }
            }

            if (!hasWorkbook)
            {
                return Diagnostic.Error("not-xlsx", "is a zip archive but not an XLSX workbook (no xl/workbook.xml)", where);
            }
        }
        catch (InvalidDataException e)
        {
            return Diagnostic.Error("not-xlsx", $"is not a readable XLSX workbook: {e.Message.TrimEnd('.')}", where);
        }

        return null;
    }

    public override IEnumerable<PortfolioRow> ReadRows(CancellationToken cancellationToken = default)
    {
        var row = 0;
        var cells = new List<string?>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = Next(_rows!, cells, Name, _line + 1);
            if (next.Failure is { } failure)
            {
                yield return new PortfolioRow(row + 1, _line + 1, null, [failure]);
                yield break;
            }

            if (!next.More)
            {
                yield break;
            }

            _line++;
            _rowsRead++;
            if (cells.TrueForAll(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var builder = new TabularRowBuilder(_columns!, ++row, _line);
            for (var i = 0; i < cells.Count; i++)
            {
                builder.Add(i, cells[i]);
            }

            yield return builder.Build();
        }
    }

    private static (bool More, Diagnostic? Failure) Next(IEnumerator<dynamic> rows, List<string?> cells, string name,
        int line)
    {
        try
        {
            if (!rows.MoveNext())
            {
                return (false, null);
            }

            ReadCells((IDictionary<string, object?>)rows.Current, cells);
            return (true, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (false, Damaged(e, name, line));
        }
    }

    private static Diagnostic Damaged(Exception e, string name, int? line) =>
        Diagnostic.Error("malformed", $"is a damaged XLSX workbook: {FirstLine(e.Message)}", new SourceLocation(name, line));

    private static string FirstLine(string message)
    {
        var cut = message.IndexOfAny(['\r', '\n']);
        return (cut >= 0 ? message[..cut] : message).TrimEnd('.');
    }

    private static void ReadCells(IDictionary<string, object?> row, List<string?> cells)
    {
        cells.Clear();
        foreach (var (key, value) in row)
        {
            var index = ColumnIndex(key);
            if (index < 0 || index > CsvRecordReader.MaxFields)
            {
                continue;
            }

            while (cells.Count <= index)
            {
                cells.Add(null);
            }

            cells[index] = value switch
            {
                null => null,
                string s => s,
                bool b => b ? "true" : "false",
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
        }
    }

    /// <summary>"A" → 0, "Z" → 25, "AA" → 26; -1 when not a column name.</summary>
    internal static int ColumnIndex(string letters)
    {
        var index = 0;
        foreach (var c in letters)
        {
            if (c is < 'A' or > 'Z' || index > 100_000)
            {
                return -1;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rows?.Dispose();
            if (!_leaveOpen)
            {
                _stream.Dispose();
            }
        }
    }
}
