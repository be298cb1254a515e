using Sourcewise.Application.Decisions;
using Sourcewise.Decisions;

namespace Sourcewise.Application.Tests.Decisions;

public sealed class ActualsReaderTests
{
    [Fact]
    public void Csv_reads_every_column_with_quoted_notes_and_blank_optional_cells()
    {
        var read = ActualsReader.ReadCsv("\uFEFFMonth,spend,headcount,changeRequests,slaBreaches,attrition,note\r\n" +
                                         "2026-01,42000.5,4,1,,0,\"kick-off, slow\"\r\n2026-02,43000,,,,,\r\n", "a.csv");

        read.Success.ShouldBeTrue(string.Join("; ", read.Diagnostics));
        read.Value!.ShouldBe([
            new MonthActual(new YearMonth(2026, 1), 42000.5, 4, 1, null, 0, "kick-off, slow"),
            new MonthActual(new YearMonth(2026, 2), 43000),
        ]);
    }

    [Theory]
    [InlineData("month,spend\n2026-01,100\n2026-13,100\n", "month", "row 3, column 1: must be a month written YYYY-MM (e.g. 2026-03), got '2026-13'")]
    [InlineData("month,spend\n2026-01,-5\n", "spend", "row 2, column 2: must be 0 or more, got -5")]
    [InlineData("month,spend\n2026-01,1 000\n", "spend", "row 2, column 2: must be a number (no currency sign or thousands separator), got '1 000'")]
    [InlineData("month,spned\n2026-01,1\n", "spned", "row 1, column 2: unknown column 'spned' (did you mean 'spend'?); accepted: month, spend, headcount, changeRequests, slaBreaches, attrition, note")]
    [InlineData("month\n2026-01\n", "spend", "row 1: the column 'spend' is missing")]
    [InlineData("month,spend,headcount\n2026-01,1,3.5\n", "headcount", "row 2, column 3: must be a whole number 0 or more, got '3.5'")]
    [InlineData("month,spend\n2026-01,1\n2026-01,2\n", "month", "row 3: the month 2026-01 is given twice (first at row 2); send each month once")]
    [InlineData("", "header", "the file is empty: the first row names the columns (month,spend,headcount,changeRequests,slaBreaches,attrition,note)")]
    public void A_bad_csv_fails_as_a_whole_naming_row_and_column(string csv, string field, string message)
    {
        var read = ActualsReader.ReadCsv(csv, "a.csv");

        read.Success.ShouldBeFalse();
        var error = read.Diagnostics[0];
        error.Location!.Field.ShouldBe(field);
        error.Location.File.ShouldBe("a.csv");
        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("""{"months":[{"month":"2026-1","spend":1}]}""", "months[0].month")]
    [InlineData("""{"months":[{"month":"2026-01","spend":-1}]}""", "months[0].spend")]
    [InlineData("""{"months":[{"month":"2026-01","spend":"12"}]}""", "months[0].spend")]
    [InlineData("""{"months":[{"month":"2026-01","spend":1,"atrition":1}]}""", "months[0].atrition")]
    [InlineData("""{"months":[{"month":"2026-01"}]}""", "months[0].spend")]
    [InlineData("""{"month":[]}""", "months")]
    [InlineData("""{"months":[]}""", "months")]
    [InlineData("""[1,2""", "body")]
    public void Bad_json_fails_naming_the_field(string json, string field)
    {
        var read = ActualsReader.ReadJson(json, "body");

        read.Success.ShouldBeFalse();
        read.Diagnostics.ShouldContain(d => d.Location!.Field == field);
    }

    [Fact]
    public void An_unknown_json_key_suggests_the_close_one()
    {
        var read = ActualsReader.ReadJson("""{"months":[{"month":"2026-01","spend":1,"atrition":1}]}""", "body");

        read.Diagnostics.Single().Message.ShouldStartWith("unknown key 'atrition' (did you mean 'attrition'?)");
    }
}
