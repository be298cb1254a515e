using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using Sourcewise.Documents.Portfolios;
using Sourcewise.Profiles;

namespace Sourcewise.Documents.Tests.Portfolios;

public sealed class PortfolioReaderTests : IDisposable
{
    private const string Header = "name,stage,workType,differentiating,durationMonths,considering";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sw-portfolio-" + Guid.NewGuid().ToString("N"));

    public PortfolioReaderTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string fileName, string content)
    {
        var path = Path.Combine(_dir, fileName);
        File.WriteAllText(path, content);
        return path;
    }

    private string WriteBytes(string fileName, byte[] content)
    {
        var path = Path.Combine(_dir, fileName);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static async Task<(PortfolioSource Source, List<PortfolioRow> Rows)> ReadAll(string path)
    {
        var opened = await PortfolioReader.OpenFileAsync(path);
        opened.Success.ShouldBeTrue(string.Join("; ", opened.Diagnostics));
        var rows = opened.Value.ReadRows().ToList();
        return (opened.Value, rows);
    }

    private static async Task<string> OpenError(string path)
    {
        var opened = await PortfolioReader.OpenFileAsync(path);
        opened.Success.ShouldBeFalse();
        return opened.Diagnostics.Single(d => d.IsError).ToString();
    }

    [Fact]
    public async Task A_csv_portfolio_gives_one_profile_per_row_with_empty_cells_absent()
    {
        var path = Write("p.csv", Header + "\nPayments,series-a,product,true,6,\nBackups,,operations,false,,managed-services\n");

        var (source, rows) = await ReadAll(path);
        using var _ = source;

        rows.Count.ShouldBe(2);
        rows[0].Row.ShouldBe(1);
        rows[0].Line.ShouldBe(2);
        rows[0].Profile!.Name.ShouldBe("Payments");
        rows[0].Profile!.GetJsonValue(ProfileFields.Differentiating).ShouldBe(true);
        rows[0].Profile!.GetJsonValue(ProfileFields.DurationMonths).ShouldBe(6);
        rows[0].Profile!.IsKnown(ProfileFields.Considering).ShouldBeFalse();
        rows[1].Profile!.IsKnown(ProfileFields.Stage).ShouldBeFalse();
        rows[1].Profile!.GetJsonValue(ProfileFields.Considering).ShouldBe("managed-services");
    }

    [Fact]
    public async Task Quoted_csv_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var path = Write("q.csv",
            "name,stage\r\n\"Search, ranking \"\"v2\"\"\",seed\r\n\"Two\nlines\",enterprise\r\nLast,\"scale-up\"");

        var (source, rows) = await ReadAll(path);
        using var _ = source;

        rows.Select(r => r.Profile!.Name).ShouldBe(["Search, ranking \"v2\"", "Two\nlines", "Last"]);
        rows[2].Line.ShouldBe(5);
        rows[2].Profile!.GetJsonValue(ProfileFields.Stage).ShouldBe("scale-up");
    }

    [Fact]
    public async Task The_shipped_example_portfolio_reads_without_errors()
    {
        var path = Path.Combine(FindRepoRoot(), "examples", "portfolio.csv");

        var (source, rows) = await ReadAll(path);
        using var _ = source;

        rows.Count.ShouldBeGreaterThan(3);
        rows.ShouldAllBe(r => r.Success);
    }

    [Fact]
    public async Task A_bad_csv_row_names_line_column_and_field_and_the_rest_is_still_read()
    {
        var path = Write("bad.csv", Header + "\nA,seed,product,true,1,\nB,series-x,product,true,1,\nC,seed,project,false,2,\n");

        var (source, rows) = await ReadAll(path);
        using var _ = source;

        rows.Count.ShouldBe(3);
        rows[0].Success.ShouldBeTrue();
        rows[2].Success.ShouldBeTrue();
        rows[1].Success.ShouldBeFalse();
        rows[1].Name.ShouldBe("B");
        var error = rows[1].Diagnostics.Single().ToString();
        error.ShouldStartWith(Path.Combine(_dir, "bad.csv") + ":3:2: stage: unknown value 'series-x'");
        error.ShouldContain("did you mean 'series-a'?");
        error.ShouldContain("accepted: pre-seed, seed, series-a");
    }

    [Fact]
    public async Task An_out_of_range_number_is_a_row_error_with_the_accepted_range()
    {
        var path = Write("range.csv", Header + "\nA,seed,product,true,999,\n");

        var (source, rows) = await ReadAll(path);
        using var _ = source;

        rows.Single().Diagnostics.Single().ToString().ShouldEndWith(":2:5: durationMonths: 999 is out of range; accepted: a whole number from 0 to 240");
    }

    [Fact]
    public async Task A_row_without_a_name_is_a_row_error()
    {
        var path = Write("noname.csv", Header + "\n,seed,product,true,1,\n");

        var (source, rows) = await ReadAll(path);
        using var _ = source;

        rows.Single().Diagnostics.Single().ToString().ShouldEndWith(":2:1: name: 'name' is required");
    }

    [Fact]
    public async Task A_text_after_a_closing_quote_fails_only_that_row()
    {
        var path = Write("quote.csv", "name,stage\n\"A\"x,seed\nB,seed\n");

        var (source, rows) = await ReadAll(path);
        using var _ = source;

        rows.Count.ShouldBe(2);
        rows[0].Diagnostics.Single().ToString().ShouldContain(":2:1: malformed CSV: unexpected text after a closing quote");
        rows[1].Profile!.Name.ShouldBe("B");
    }

    [Fact]
    public async Task A_quote_never_closed_stops_reading_with_the_line_where_it_opened()
    {
        var path = Write("open.csv", "name,stage\nA,seed\n\"B,seed\nC,seed\n");

        var (source, rows) = await ReadAll(path);
        using var _ = source;

        rows.Count.ShouldBe(2);
        rows[0].Success.ShouldBeTrue();
        rows[1].Diagnostics.Single().ToString().ShouldContain(":3:1: malformed CSV: a quoted value that starts on line 3 is never closed");
    }

    [Fact]
    public async Task An_unknown_header_column_fails_the_file_with_a_suggestion()
    {
        var path = Write("col.csv", "name,stage,workTyp\nA,seed,product\n");

        var error = await OpenError(path);

        error.ShouldStartWith(Path.Combine(_dir, "col.csv") + ":1:3: unknown column 'workTyp' (did you mean 'workType'?)");
    }

    [Fact]
    public async Task A_header_without_a_name_column_fails_the_file() =>
        (await OpenError(Write("nn.csv", "stage,workType\nseed,product\n"))).ShouldContain("no 'name' column");

    [Fact]
    public async Task A_duplicate_header_column_fails_the_file() =>
        (await OpenError(Write("dup.csv", "name,stage,stage\nA,seed,seed\n"))).ShouldContain("column 'stage' appears twice");

    [Fact]
    public async Task An_empty_csv_fails_the_file() =>
        (await OpenError(Write("empty.csv", ""))).ShouldEndWith("empty.csv: is empty");

    [Fact]
    public async Task A_binary_file_named_csv_fails_the_file()
    {
        var bytes = new byte[600];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0xFF;
        bytes[1] = 0xFE;
        bytes[2] = 0x00;
        var error = await OpenError(WriteBytes("bin.csv", bytes));

        error.ShouldContain("bin.csv");
        (error.Contains("not UTF-8", StringComparison.Ordinal) || error.Contains("binary", StringComparison.Ordinal)).ShouldBeTrue(error);
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_before_the_header_is_ignored()
    {
        var path = WriteBytes("bom.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("name,stage\nA,seed\n")]);

        var (source, rows) = await ReadAll(path);
        using var _ = source;

        rows.Single().Profile!.Name.ShouldBe("A");
    }

    [Fact]
    public async Task A_nul_byte_in_utf8_text_is_reported_as_binary() =>
        (await OpenError(WriteBytes("nul.csv", Encoding.UTF8.GetBytes("name,stage\0\nA,seed\n")))).ShouldContain("binary");

    [Fact]
    public async Task A_missing_file_fails_with_one_line() =>
        (await OpenError(Path.Combine(_dir, "nope.csv"))).ShouldEndWith("nope.csv: file not found");

    [Fact]
    public async Task An_unsupported_extension_fails_naming_the_accepted_ones() =>
        (await OpenError(Write("p.txt", "name\nA\n"))).ShouldContain("a portfolio is a .csv, .xlsx, .json (array) or .yaml (list) file");

    [Fact]
    public async Task A_json_array_gives_one_row_per_item_and_bad_items_name_their_index_and_line()
    {
        var path = Write("p.json", """
            [
              { "name": "A", "stage": "seed" },
              { "name": "B", "stage": "series-x" },
              { "name": "C", "ongoing": true }
            ]
            """);

        var (source, rows) = await ReadAll(path);
        using var _ = source;

        rows.Count.ShouldBe(3);
        rows[0].Profile!.Name.ShouldBe("A");
        rows[2].Profile!.GetJsonValue(ProfileFields.Ongoing).ShouldBe(true);
        rows[1].Name.ShouldBe("B");
        rows[1].Diagnostics.Single().ToString().ShouldContain("p.json:3:");
        rows[1].Diagnostics.Single().ToString().ShouldContain("[1].stage: unknown value 'series-x'");
    }

    [Fact]
    public async Task A_json_object_instead_of_an_array_fails_the_file() =>
        (await OpenError(Write("o.json", """{ "name": "A" }"""))).ShouldContain("must be a JSON array of work profiles");

    [Fact]
    public async Task Malformed_json_fails_the_file_with_a_position() =>
        (await OpenError(Write("m.json", "[ { \"name\": \"A\" }, "))).ShouldContain("m.json:2:1: malformed YAML/JSON");

    [Fact]
    public async Task A_yaml_list_gives_one_row_per_item()
    {
        var path = Write("p.yaml", """
            - name: Payroll integration
              workType: project
              scopeClarity: high
            - name: Patching
              workType: operations
              ongoing: true
            """);

        var (source, rows) = await ReadAll(path);
        using var _ = source;

        rows.Select(r => r.Profile!.Name).ShouldBe(["Payroll integration", "Patching"]);
        rows[1].Line.ShouldBe(4);
    }

    [Fact]
    public async Task An_unknown_yaml_key_fails_its_row_with_a_suggestion()
    {
        var path = Write("k.yaml", "- name: A\n  workTpye: project\n- name: B\n");

        var (source, rows) = await ReadAll(path);
        using var _ = source;

        rows[0].Diagnostics.Single().ToString().ShouldContain("[0].workTpye: unknown key 'workTpye' (did you mean 'workType'?)");
        rows[1].Success.ShouldBeTrue();
    }

    [Fact]
    public async Task An_xlsx_portfolio_reads_typed_cells_as_profile_values()
    {
        var path = Path.Combine(_dir, "p.xlsx");
        var sheet = new List<Dictionary<string, object?>>
        {
            new() { ["name"] = "Payments", ["stage"] = "series-a", ["differentiating"] = true, ["durationMonths"] = 6 },
            new() { ["name"] = "Backups", ["stage"] = null, ["differentiating"] = false, ["durationMonths"] = null },
        };
        MiniExcel.SaveAs(path, sheet);

        var (source, rows) = await ReadAll(path);
        using var _ = source;

        source.Format.ShouldBe("xlsx");
        rows.Count.ShouldBe(2);
        rows[0].Profile!.GetJsonValue(ProfileFields.Differentiating).ShouldBe(true);
        rows[0].Profile!.GetJsonValue(ProfileFields.DurationMonths).ShouldBe(6);
        rows[1].Profile!.IsKnown(ProfileFields.Stage).ShouldBeFalse();
        rows[1].Line.ShouldBe(3);
    }

    [Fact]
    public async Task A_bad_xlsx_cell_names_the_spreadsheet_row_and_column()
    {
        var path = Path.Combine(_dir, "bad.xlsx");
        MiniExcel.SaveAs(path, new List<Dictionary<string, object?>>
        {
            new() { ["name"] = "A", ["workType"] = "product" },
            new() { ["name"] = "B", ["workType"] = "prodcut" },
        });

        var (source, rows) = await ReadAll(path);
        using var _ = source;

        rows[0].Success.ShouldBeTrue();
        rows[1].Diagnostics.Single().ToString().ShouldEndWith(
            "bad.xlsx:3:2: workType: unknown value 'prodcut' (did you mean 'product'?); accepted: product, project, operations");
    }

    [Fact]
    public async Task An_unknown_xlsx_header_fails_the_file()
    {
        var path = Path.Combine(_dir, "h.xlsx");
        MiniExcel.SaveAs(path, new List<Dictionary<string, object?>> { new() { ["name"] = "A", ["stgae"] = "seed" } });

        (await OpenError(path)).ShouldContain("h.xlsx:1:2: unknown column 'stgae' (did you mean 'stage'?)");
    }

    [Fact]
    public async Task A_file_named_xlsx_that_is_not_a_zip_fails_clearly() =>
        (await OpenError(Write("fake.xlsx", "name,stage\nA,seed\n"))).ShouldContain("fake.xlsx: is not an XLSX workbook");

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_fails_clearly()
    {
        var path = Path.Combine(_dir, "z.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        (await OpenError(path)).ShouldContain("is a zip archive but not an XLSX workbook");
    }

    [Fact]
    public async Task A_zip_bomb_xlsx_is_refused_before_inflating()
    {
        var path = Path.Combine(_dir, "bomb.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            zip.CreateEntry("xl/workbook.xml").Open().Dispose();
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 64; i++)
            {
                sheet.Write(zeros);
            }
        }

        new FileInfo(path).Length.ShouldBeLessThan(1 << 20);
        (await OpenError(path)).ShouldContain("far beyond a real spreadsheet; refused (zip bomb?)");
    }

    [Fact]
    public async Task An_empty_xlsx_file_fails_the_file() =>
        (await OpenError(WriteBytes("e.xlsx", []))).ShouldEndWith("e.xlsx: is empty");

    [Fact]
    public async Task A_damaged_xlsx_fails_without_an_exception()
    {
        var good = Path.Combine(_dir, "good.xlsx");
        MiniExcel.SaveAs(good, new List<Dictionary<string, object?>> { new() { ["name"] = "A" } });
        var bytes = File.ReadAllBytes(good);
        var path = WriteBytes("cut.xlsx", bytes[..(bytes.Length / 2)]);

        (await OpenError(path)).ShouldContain("cut.xlsx: is not a readable XLSX workbook");
    }

    internal static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sourcewise.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
