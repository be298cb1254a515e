using System.Text;
using System.Text.Json;
using Sourcewise.CostModel;

namespace Sourcewise.Reports.Json;

/// <summary>Writes a <see cref="CostResult"/> as the cost JSON of the public interface: <c>trials</c>, <c>seed</c>,
/// <c>horizonMonths</c> and <c>options</c> (per option id: <c>p10</c>, <c>p50</c>, <c>p90</c>, <c>mean</c>,
/// <c>monthly</c>, <c>probabilityCheapest</c>), plus <c>currency</c>, <c>volatility</c>, <c>arithmeticTotal</c>,
/// <c>breakEven</c> and <c>drivers</c>. Amounts are rounded to cents, probabilities to six decimals.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class CostJson
{
    /// <summary>Returns the JSON text.</summary>
    public static string Write(CostResult result, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(result, stream, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the JSON (UTF-8) to a stream.</summary>
    public static void Write(CostResult result, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        Write(result, writer);
    }

    /// <summary>Writes the JSON object to a writer (for embedding in a larger document).</summary>
    public static void Write(CostResult result, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("trials", result.Trials);
        writer.WriteNumber("seed", result.Seed);
        writer.WriteNumber("horizonMonths", result.HorizonMonths);
        writer.WriteString("currency", result.Currency);
        writer.WriteString("volatility", result.Volatility.ToId());
        if (result.Name is { } name)
        {
            writer.WriteString("name", name);
        }

        writer.WriteStartObject("options");
        foreach (var option in result.Options)
        {
            writer.WriteStartObject(option.Id);
            Money(writer, "p10", option.P10);
            Money(writer, "p50", option.P50);
            Money(writer, "p90", option.P90);
            Money(writer, "mean", option.Mean);
            writer.WriteStartArray("monthly");
            foreach (var band in option.Monthly)
            {
                writer.WriteStartObject();
                writer.WriteNumber("month", band.Month);
                Money(writer, "p10", band.P10);
                Money(writer, "p50", band.P50);
                Money(writer, "p90", band.P90);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("probabilityCheapest", Math.Round(option.ProbabilityCheapest, 6));
            Money(writer, "arithmeticTotal", option.ArithmeticTotal);
            writer.WriteStartObject("breakEven");
            foreach (var (other, month) in option.BreakEven.OrderBy(p => p.Key))
            {
                if (month is { } m)
                {
                    writer.WriteNumber(other.ToId(), m);
                }
                else
                {
                    writer.WriteNull(other.ToId());
                }
            }

            writer.WriteEndObject();
            writer.WriteStartArray("drivers");
            foreach (var driver in option.Drivers)
            {
                writer.WriteStartObject();
                writer.WriteString("parameter", driver.Parameter);
                if (driver.Parameter == "volatility")
                {
                    writer.WriteString("low", driver.LowLabel);
                    writer.WriteString("high", driver.HighLabel);
                }
                else
                {
                    writer.WriteNumber("low", Math.Round(driver.Low, 6));
                    writer.WriteNumber("high", Math.Round(driver.High, 6));
                }

                Money(writer, "p50AtLow", driver.P50AtLow);
                Money(writer, "p50AtHigh", driver.P50AtHigh);
                Money(writer, "swing", driver.Swing);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void Money(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, Math.Round(value, 2));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
