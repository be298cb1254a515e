using System.Buffers;

namespace Sourcewise.Documents.Portfolios;

/// <summary>A small, fast RFC 4180 record reader over text: comma-separated fields, double-quoted fields that may
/// hold commas, quotes (doubled) and line breaks; LF or CRLF line ends; blank lines skipped.</summary>
/// <remarks>Not thread-safe. Fields are exposed as spans into a reused buffer, valid until the next
/// <see cref="Read"/>. Never throws for malformed CSV: <see cref="Read"/> returns <see cref="CsvReadStatus.RowError"/>
/// (the rest of the line was skipped) or <see cref="CsvReadStatus.FatalError"/> (reading cannot go on).</remarks>
internal sealed class CsvRecordReader
{
    internal const int MaxRecordChars = 1 << 20;
    internal const int MaxFields = 1024;
    private static readonly SearchValues<char> UnquotedStops = SearchValues.Create(",\r\n\0");
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\n\0");

    private readonly TextReader _reader;
    private readonly char[] _buffer;
    private int _pos;
    private int _len;
    private bool _eof;
    private int _line = 1;
    private char[] _chars = new char[1024];
    private int _charCount;
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];

    public CsvRecordReader(TextReader reader, int bufferSize = 1 << 16)
    {
        _reader = reader;
        _buffer = new char[bufferSize];
    }

    /// <summary>The line where the current record starts (1-based).</summary>
    public int RecordLine { get; private set; }

    /// <summary>The number of fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>After an error: the message, and the 1-based column (field) where it was found.</summary>
    public string ErrorMessage { get; private set; } = string.Empty;

    /// <summary>After an error: the line where it was found.</summary>
    public int ErrorLine { get; private set; }

    /// <summary>After an error: the 1-based field number where it was found.</summary>
    public int ErrorColumn { get; private set; }

    /// <summary>The text of field <paramref name="index"/> of the current record.</summary>
    public ReadOnlySpan<char> Field(int index) => _chars.AsSpan(_starts[index], _lengths[index]);

    /// <summary>Reads the next record.</summary>
    public CsvReadStatus Read()
    {
        FieldCount = 0;
        _charCount = 0;

        // Skip blank lines.
        while (true)
        {
            if (!Ensure())
            {
                return CsvReadStatus.End;
            }

            var c = _buffer[_pos];
            if (c == '\n')
            {
                _pos++;
                _line++;
            }
            else if (c == '\r')
            {
                _pos++;
                if (Ensure() && _buffer[_pos] == '\n')
                {
                    _pos++;
                }

                _line++;
            }
            else
            {
                break;
            }
        }

        RecordLine = _line;
        while (true)
        {
            if (FieldCount == MaxFields)
            {
                return Fail(CsvReadStatus.FatalError, $"a row has more than {MaxFields} columns", FieldCount);
            }

            var start = _charCount;
            if (Ensure() && _buffer[_pos] == '"')
            {
                var quoteLine = _line;
                _pos++;
                while (true)
                {
                    if (!Ensure())
                    {
                        return Fail(CsvReadStatus.FatalError,
                            $"a quoted value that starts on line {quoteLine} is never closed", FieldCount + 1, quoteLine);
                    }

                    var span = _buffer.AsSpan(_pos, _len - _pos);
                    var stop = span.IndexOfAny(QuotedStops);
                    if (stop < 0)
                    {
                        if (!Append(span))
                        {
                            return TooLong(quoteLine);
                        }

                        _pos = _len;
                        continue;
                    }

                    if (!Append(span[..stop]))
                    {
                        return TooLong(quoteLine);
                    }

                    _pos += stop;
                    var ch = _buffer[_pos];
                    if (ch == '\0')
                    {
                        return Binary();
                    }

                    _pos++;
                    if (ch == '\n')
                    {
                        _line++;
                        if (!Append("\n"))
                        {
                            return TooLong(quoteLine);
                        }

                        continue;
                    }

                    // A quote: doubled means a literal quote, otherwise the value ends.
                    if (Ensure() && _buffer[_pos] == '"')
                    {
                        _pos++;
                        if (!Append("\""))
                        {
                            return TooLong(quoteLine);
                        }

                        continue;
                    }

                    break;
                }

                // After the closing quote only a comma or the end of the line may follow.
                if (Ensure() && _buffer[_pos] is not (',' or '\r' or '\n'))
                {
                    var column = FieldCount + 1;
                    var line = _line;
                    SkipLine();
                    return Fail(CsvReadStatus.RowError,
                        "unexpected text after a closing quote (a quote inside a quoted value must be doubled: \"\")",
                        column, line);
                }
            }
            else
            {
                while (Ensure())
                {
                    var span = _buffer.AsSpan(_pos, _len - _pos);
                    var stop = span.IndexOfAny(UnquotedStops);
                    var take = stop < 0 ? span : span[..stop];
                    if (!Append(take))
                    {
                        return TooLong(RecordLine);
                    }

                    _pos += take.Length;
                    if (stop >= 0)
                    {
                        if (_buffer[_pos] == '\0')
                        {
                            return Binary();
                        }

                        break;
                    }
                }
            }

            AddField(start, _charCount - start);
            if (!Ensure())
            {
                return CsvReadStatus.Record;
            }

            var next = _buffer[_pos++];
            if (next == ',')
            {
                continue;
            }

            if (next == '\r' && Ensure() && _buffer[_pos] == '\n')
            {
                _pos++;
            }

            _line++;
            return CsvReadStatus.Record;
        }
    }

    private CsvReadStatus Binary() =>
        Fail(CsvReadStatus.FatalError, "looks like a binary file, not CSV text (it contains NUL bytes)", FieldCount + 1);

    private CsvReadStatus TooLong(int line) =>
        Fail(CsvReadStatus.FatalError, $"a row is longer than {MaxRecordChars / 1024 / 1024} MiB (is a quote left open?)",
            FieldCount + 1, line);

    private CsvReadStatus Fail(CsvReadStatus status, string message, int column, int? line = null)
    {
        ErrorMessage = message;
        ErrorColumn = column;
        ErrorLine = line ?? _line;
        return status;
    }

    private void SkipLine()
    {
        while (Ensure())
        {
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var stop = span.IndexOf('\n');
            if (stop >= 0)
            {
                _pos += stop + 1;
                _line++;
                return;
            }

            _pos = _len;
        }
    }

    private void AddField(int start, int length)
    {
        if (FieldCount == _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _lengths, _lengths.Length * 2);
        }

        _starts[FieldCount] = start;
        _lengths[FieldCount] = length;
        FieldCount++;
    }

    private bool Append(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return true;
        }

        var needed = _charCount + text.Length;
        if (needed > MaxRecordChars)
        {
            return false;
        }

        if (needed > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Min(MaxRecordChars, Math.Max(needed, _chars.Length * 2)));
        }

        text.CopyTo(_chars.AsSpan(_charCount));
        _charCount = needed;
        return true;
    }

    /// <summary>Makes sure at least one character is buffered; false at the end of the input.</summary>
    private bool Ensure()
    {
        if (_pos < _len)
        {
            return true;
        }

        if (_eof)
        {
            return false;
        }

        _len = _reader.Read(_buffer, 0, _buffer.Length);
        _pos = 0;
        if (_len <= 0)
        {
            _len = 0;
            _eof = true;
            return false;
        }

        return true;
    }
}

/// <summary>What <see cref="CsvRecordReader.Read"/> found.</summary>
internal enum CsvReadStatus
{
    /// <summary>A record is available.</summary>
    Record,

    /// <summary>The input has ended.</summary>
    End,

    /// <summary>The current line was malformed and skipped; reading can go on.</summary>
    RowError,

    /// <summary>The input cannot be read further.</summary>
    FatalError,
}
