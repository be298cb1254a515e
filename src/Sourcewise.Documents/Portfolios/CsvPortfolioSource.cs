using System.Text;
using Sourcewise.Diagnostics;
using Sourcewise.Portfolio;
using Sourcewise.Profiles;

namespace Sourcewise.Documents.Portfolios;

/// <summary>Streams workstreams from CSV: a header of profile keys, then one workstream per row.</summary>
internal sealed class CsvPortfolioSource : PortfolioSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly StreamReader _text;
    private readonly CsvRecordReader _csv;
    private readonly PortfolioColumns _columns;

    private CsvPortfolioSource(string name, Stream stream, bool leaveOpen, StreamReader text, CsvRecordReader csv,
        PortfolioColumns columns) : base(name)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        _text = text;
        _csv = csv;
        _columns = columns;
    }

    public override string Format => "csv";

    public override double Progress => _stream.CanSeek && _stream.Length > 0
        ? Math.Clamp((double)_stream.Position / _stream.Length, 0, 1)
        : 0;

    /// <summary>Opens a CSV stream and checks its header.</summary>
    public static Result<PortfolioSource> Open(Stream stream, string name, bool leaveOpen = false)
    {
        var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16,
            leaveOpen: true);
        var csv = new CsvRecordReader(text);
        Result<PortfolioSource> Fail(Diagnostic d)
        {
            text.Dispose();
            if (!leaveOpen)
            {
                stream.Dispose();
            }

            return Result<PortfolioSource>.Fail(d);
        }

        CsvReadStatus status;
        try
        {
            status = csv.Read();
        }
        catch (DecoderFallbackException)
        {
            return Fail(Diagnostic.Error("not-utf8", "is not UTF-8 text (is it a binary file or a spreadsheet saved as .csv?)",
                new SourceLocation(name)));
        }
        catch (IOException e)
        {
            return Fail(Diagnostic.Error("io-error", $"cannot be read: {e.Message}", new SourceLocation(name)));
        }

        switch (status)
        {
            case CsvReadStatus.End:
                return Fail(Diagnostic.Error("empty-file", "is empty", new SourceLocation(name)));
            case CsvReadStatus.RowError or CsvReadStatus.FatalError:
                return Fail(Diagnostic.Error("malformed", $"malformed CSV: {csv.ErrorMessage}",
                    new SourceLocation(name, csv.ErrorLine, csv.ErrorColumn)));
        }

        var header = new string?[csv.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = (i == 0 ? csv.Field(i).TrimStart('\uFEFF') : csv.Field(i)).ToString();
        }

        var columns = PortfolioColumns.FromHeader(header, name, csv.RecordLine);
        if (!columns.Success)
        {
            text.Dispose();
            if (!leaveOpen)
            {
                stream.Dispose();
            }

            return Result<PortfolioSource>.Fail(columns.Diagnostics);
        }

        return Result<PortfolioSource>.Ok(new CsvPortfolioSource(name, stream, leaveOpen, text, csv, columns.Value));
    }

    public override IEnumerable<PortfolioRow> ReadRows(CancellationToken cancellationToken = default)
    {
        var row = 0;
        var cells = new ProfileCells();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CsvReadStatus status;
            Diagnostic? fatal = null;
            try
            {
                status = _csv.Read();
            }
            catch (DecoderFallbackException)
            {
                status = CsvReadStatus.FatalError;
                fatal = Diagnostic.Error("not-utf8", "is not UTF-8 text from here on; the rest was not read",
                    new SourceLocation(Name, _csv.RecordLine));
            }
            catch (IOException e)
            {
                status = CsvReadStatus.FatalError;
                fatal = Diagnostic.Error("io-error", $"cannot be read: {e.Message}", new SourceLocation(Name));
            }

            switch (status)
            {
                case CsvReadStatus.End:
                    yield break;
                case CsvReadStatus.FatalError:
                    fatal ??= Diagnostic.Error("malformed", $"malformed CSV: {_csv.ErrorMessage}; the rest was not read",
                        new SourceLocation(Name, _csv.ErrorLine, _csv.ErrorColumn));
                    yield return new PortfolioRow(++row, fatal.Location?.Line ?? 0, null, [fatal]);
                    yield break;
                case CsvReadStatus.RowError:
                    yield return new PortfolioRow(++row, _csv.ErrorLine, null,
                    [
                        Diagnostic.Error("malformed", $"malformed CSV: {_csv.ErrorMessage}",
                            new SourceLocation(Name, _csv.ErrorLine, _csv.ErrorColumn)),
                    ]);
                    continue;
            }

            ++row;
            var fast = TryFast(cells);
            if (fast is not null)
            {
                yield return new PortfolioRow(row, _csv.RecordLine, fast, []) { Name = fast.Name };
                continue;
            }

            var builder = new TabularRowBuilder(_columns, row, _csv.RecordLine);
            for (var i = 0; i < _csv.FieldCount; i++)
            {
                builder.Add(i, _csv.Field(i));
            }

            yield return builder.Build();
        }
    }

    /// <summary>The fast path for a clean row; <c>null</c> sends the row through the builder for its messages.</summary>
    private WorkProfile? TryFast(ProfileCells cells)
    {
        cells.Reset();
        var fields = _columns.Fields;
        for (var i = 0; i < _csv.FieldCount; i++)
        {
            var value = _csv.Field(i);
            var field = i < fields.Length ? fields[i] : null;
            if (field is null ? !value.IsWhiteSpace() : !cells.TrySet(field, value))
            {
                return null;
            }
        }

        return cells.TryBuild();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _text.Dispose();
            if (!_leaveOpen)
            {
                _stream.Dispose();
            }
        }
    }
}
