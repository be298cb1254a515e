using System.Text.Json;
using Sourcewise.Diagnostics;
using Sourcewise.Portfolio;

namespace Sourcewise.Reports.Portfolio;

/// <summary>Streams the portfolio JSON document to a stream:
/// <c>{ "workstreams": [ ... ], "summary": { ... }, "findings": [ ... ], "errors": [ ... ] }</c>.
/// Workstream objects arrive already serialised (they are rendered in parallel, batch by batch), so the document is
/// never held in memory.</summary>
/// <remarks>Not thread-safe. Call <see cref="WriteStart"/>, then <see cref="WriteWorkstreams"/> per batch in order, then
/// <see cref="WriteEnd"/>.</remarks>
public sealed class PortfolioJsonWriter : IDisposable
{
    private readonly Utf8JsonWriter _writer;
    private readonly Stream _output;
    private bool _anyWorkstream;

    /// <summary>Creates a writer over <paramref name="output"/> (left open).</summary>
    public PortfolioJsonWriter(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _writer = new Utf8JsonWriter(output, PortfolioJson.WriterOptions);
    }

    /// <summary>Opens the document and the <c>workstreams</c> array.</summary>
    public void WriteStart()
    {
        _writer.WriteStartObject();
        _writer.WriteStartArray("workstreams");
        _writer.Flush();
    }

    /// <summary>Appends workstream objects, already serialised as UTF-8 JSON, each preceded by a comma
    /// (<c>,{...},{...}</c>); the comma before the very first workstream is dropped here. The bytes go straight to
    /// the stream, without another copy.</summary>
    public void WriteWorkstreams(ReadOnlySpan<byte> commaSeparated)
    {
        if (commaSeparated.IsEmpty)
        {
            return;
        }

        if (!_anyWorkstream)
        {
            commaSeparated = commaSeparated[1..];
            _anyWorkstream = true;
        }

        _output.Write(commaSeparated);
    }

    /// <summary>Closes the array and writes the summary, the findings and the rows that could not be read.</summary>
    /// <param name="summary">The roll-up.</param>
    /// <param name="findings">The portfolio findings.</param>
    /// <param name="errors">Row errors to list (may be capped by the caller).</param>
    public void WriteEnd(PortfolioSummary summary, IReadOnlyList<PortfolioFinding> findings, IReadOnlyList<Diagnostic> errors)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(errors);
        _writer.WriteEndArray();
        _writer.WritePropertyName("summary");
        PortfolioJson.WriteSummary(_writer, summary);
        _writer.WritePropertyName("findings");
        PortfolioJson.WriteFindings(_writer, findings);
        _writer.WriteStartArray("errors");
        foreach (var error in errors)
        {
            _writer.WriteStartObject();
            _writer.WriteString("code", error.Code);
            _writer.WriteString("message", error.ToString());
            if (error.Location is { } where)
            {
                WriteNumberOrNull("line", where.Line);
                WriteNumberOrNull("column", where.Column);
                _writer.WriteString("field", where.Field);
            }

            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
    }

    private void WriteNumberOrNull(string name, int? value)
    {
        if (value is { } v)
        {
            _writer.WriteNumber(name, v);
        }
        else
        {
            _writer.WriteNull(name);
        }
    }

    /// <summary>Flushes and releases the JSON writer (the stream stays open).</summary>
    public void Dispose() => _writer.Dispose();
}
