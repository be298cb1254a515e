using Sourcewise.Documents.Input;
using Sourcewise.Documents.Profiles;
using Sourcewise.Profiles;

namespace Sourcewise.Documents.Tests.Input;

public sealed class StructuredInputTests
{
    [Fact]
    public void Yaml_and_json_give_the_same_profile()
    {
        var yaml = WorkProfileReader.ReadText("name: A\nworkType: project\ndurationMonths: 3\n", "a.yaml").GetValueOrThrow();
        var json = WorkProfileReader.ReadText("{\"name\":\"A\",\"workType\":\"project\",\"durationMonths\":3}", "a.json").GetValueOrThrow();

        json.ShouldBe(yaml);
        yaml.GetText(ProfileFields.WorkType).ShouldBe("project");
    }

    [Theory]
    [InlineData("name: A\nworkType: [product\n", "malformed")]
    [InlineData("name: A\nname: B\n", "duplicate-key")]
    [InlineData("- name: A\n", "not-a-mapping")]
    [InlineData("base: &x {a: 1}\nother: *x\n", "alias-not-supported")]
    [InlineData("name: A\n---\nname: B\n", "multiple-documents")]
    public void Malformed_input_gives_one_located_error(string text, string code)
    {
        var result = WorkProfileReader.ReadText(text, "p.yaml");

        result.Success.ShouldBeFalse();
        var error = result.Diagnostics.First(d => d.IsError);
        error.Code.ShouldBe(code);
        error.Location!.File.ShouldBe("p.yaml");
        error.ToString().ShouldStartWith("p.yaml");
    }

    [Fact]
    public void Syntax_errors_carry_line_and_column()
    {
        var error = WorkProfileReader.ReadText("name: A\nstage: seed\n  workType: : x\n", "p.yaml").Diagnostics[0];

        error.Location!.Line.ShouldBe(3);
        error.Location.Column.ShouldNotBeNull();
    }

    [Fact]
    public void Binary_empty_and_non_utf8_bytes_are_refused()
    {
        InputText.Decode([], "e.yaml").Diagnostics[0].Code.ShouldBe("empty-file");
        InputText.Decode("  \n"u8, "e.yaml").Diagnostics[0].Code.ShouldBe("empty-file");
        InputText.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "b.yaml").Diagnostics[0].Code.ShouldBe("binary-file");
        InputText.Decode([0x61, 0xFF, 0xFE, 0x62], "l.yaml").Diagnostics[0].Code.ShouldBe("not-utf8");
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        var result = await InputText.ReadFileAsync("does/not/exist.yaml");

        result.Diagnostics[0].ToString().ShouldBe("does/not/exist.yaml: file not found");
    }
}
