extern alias cli;

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using cli::Sourcewise.Cli;
using cli::Sourcewise.Cli.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sourcewise.Documents.Input;
using Sourcewise.Web.Tests.Infrastructure;

namespace Sourcewise.Web.Tests.Parity;

/// <summary>The same input through the CLI (in-process) and through the API gives the same bytes: one application
/// layer behind both hosts. The CLI is run from the input's folder with the bare file name, because a check names
/// its document and a portfolio's errors name their file as the user gave it, and the API names them by the upload's
/// file name: so even those are byte for byte the same.</summary>
[Collection(WorkingDirectory.Collection)]
public sealed class CliApiParityTests : IClassFixture<SourcewiseFactoryFixture>
{
    private readonly HttpClient _client;

    public CliApiParityTests(SourcewiseFactoryFixture fixture)
    {
        _client = fixture.Factory.CreateClient();
    }

    public static TheoryData<string> Profiles => new(Examples.Profiles().Select(p => Path.GetFileName(p)));

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task Assess_gives_the_same_json(string profile)
    {
        var path = Examples.Find(profile);

        var (exit, cliJson, error) = await Cli.RunAsync(Path.GetDirectoryName(path)!, "assess", profile, "--format", "json");
        using var response = await _client.PostAsync("/api/assess", Body(File.ReadAllText(path), "application/yaml"), TestContext.CancellationToken);

        exit.ShouldBe(0, error);
        await ShouldBeTheSameJsonAsync(response, cliJson);
    }

    [Fact]
    public async Task Assess_of_a_json_profile_gives_the_same_json()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("payments.json"), Samples.Profile);

        var (exit, cliJson, error) = await Cli.RunAsync(folder.Path, "assess", "payments.json", "--format", "json");
        using var response = await _client.PostAsync("/api/assess", Body(Samples.Profile, "application/json"), TestContext.CancellationToken);

        exit.ShouldBe(0, error);
        await ShouldBeTheSameJsonAsync(response, cliJson);
    }

    [Fact]
    public async Task Portfolio_gives_the_same_json_from_a_file_upload_and_from_a_csv_body()
    {
        var path = Examples.Find("portfolio.csv");

        var (exit, cliJson, error) = await Cli.RunAsync(Path.GetDirectoryName(path)!, "portfolio", "portfolio.csv", "--format", "json");
        using var upload = await _client.PostAsync("/api/portfolio", FileForm(path, "text/csv"), TestContext.CancellationToken);
        using var body = await _client.PostAsync("/api/portfolio", Body(File.ReadAllText(path), "text/csv"), TestContext.CancellationToken);

        exit.ShouldBe(0, error);
        await ShouldBeTheSameJsonAsync(upload, cliJson);
        await ShouldBeTheSameJsonAsync(body, cliJson);
    }

    [Fact]
    public async Task A_portfolio_with_bad_rows_is_assessed_the_same_way_the_bad_rows_listed_and_the_rest_assessed()
    {
        using var folder = new TempFolder();
        var csv = Samples.PortfolioCsv + "\nHobby,series-b,hobby,false,low,low,false,false\nBroken,series-z,product,true,high,high,false,false\n";
        File.WriteAllText(folder.File("bad-rows.csv"), csv);

        var (exit, cliJson, error) = await Cli.RunAsync(folder.Path, "portfolio", "bad-rows.csv", "--format", "json");
        using var response = await _client.PostAsync("/api/portfolio", FileForm(folder.File("bad-rows.csv"), "text/csv"), TestContext.CancellationToken);

        // The CLI exits 1 after writing the whole answer; the API answers 200 with the same answer.
        exit.ShouldBe(1);
        error.ShouldContain("2 of 5 rows could not be read; the other 3 were assessed");
        var json = await ShouldBeTheSameJsonAsync(response, cliJson);
        json.GetProperty("workstreams").GetArrayLength().ShouldBe(3);
        json.GetProperty("summary").GetProperty("failedRows").GetInt32().ShouldBe(2);
        json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ShouldBe(["workType", "stage"]);
    }

    [Fact]
    public async Task Check_of_a_document_gives_the_same_json()
    {
        var path = Examples.Find("search-relevance-sow.md");

        var (exit, cliJson, error) = await Cli.RunAsync(Path.GetDirectoryName(path)!, "check", "search-relevance-sow.md", "--format", "json");
        using var response = await _client.PostAsync("/api/check", FileForm(path, "text/markdown"), TestContext.CancellationToken);

        exit.ShouldBe(0, error);
        var json = await ShouldBeTheSameJsonAsync(response, cliJson);
        json.GetProperty("document").GetString().ShouldBe("search-relevance-sow.md");
    }

    [Fact]
    public async Task Check_with_a_claimed_model_gives_the_same_json()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("proposal.txt"), Samples.Proposal);

        var (exit, cliJson, error) = await Cli.RunAsync(folder.Path, "check", "proposal.txt", "--claimed", "managed-services", "--format", "json");
        using var form = FileForm(folder.File("proposal.txt"), "text/plain");
        form.Add(new StringContent("managed-services"), "claimed");
        using var response = await _client.PostAsync("/api/check", form, TestContext.CancellationToken);

        exit.ShouldBe(0, error);
        var json = await ShouldBeTheSameJsonAsync(response, cliJson);
        json.GetProperty("actualModel").GetString().ShouldBe("staff-augmentation");
    }

    [Fact]
    public async Task Check_of_an_answered_questionnaire_gives_the_same_json()
    {
        var path = Examples.Find("proposal-answers.yaml");

        var (exit, cliJson, error) = await Cli.RunAsync(Path.GetDirectoryName(path)!, "check", "proposal-answers.yaml", "--format", "json");
        using var response = await _client.PostAsync("/api/check", FileForm(path, "application/yaml"), TestContext.CancellationToken);

        exit.ShouldBe(0, error);
        await ShouldBeTheSameJsonAsync(response, cliJson);
    }

    [SkippableFact]
    public async Task Check_of_a_pdf_from_the_corpus_gives_the_same_json()
    {
        var pdf = Examples.CorpusPdf();
        Skip.If(pdf is null, "no PDF under shared/corpus beside the repository");

        var (exit, cliJson, error) = await Cli.RunAsync(Path.GetDirectoryName(pdf)!, "check", Path.GetFileName(pdf), "--format", "json");
        using var response = await _client.PostAsync("/api/check", FileForm(pdf, "application/pdf"), TestContext.CancellationToken);

        exit.ShouldBe(0, error);
        await ShouldBeTheSameJsonAsync(response, cliJson);
    }

    [Theory]
    [InlineData("5000", "7")]
    [InlineData(null, "42")]
    public async Task Cost_with_the_same_seed_gives_the_same_json(string? trials, string seed)
    {
        var path = Examples.Find("scenario.yaml");
        string[] trialArguments = trials is null ? [] : ["--trials", trials];

        var (exit, cliJson, error) = await Cli.RunAsync(Path.GetDirectoryName(path)!,
            ["cost", "scenario.yaml", .. trialArguments, "--seed", seed, "--format", "json"]);
        var query = trials is null ? $"seed={seed}" : $"trials={trials}&seed={seed}";
        using var response = await _client.PostAsync($"/api/cost?{query}", Body(File.ReadAllText(path), "application/yaml"), TestContext.CancellationToken);

        exit.ShouldBe(0, error);
        var json = await ShouldBeTheSameJsonAsync(response, cliJson);
        json.GetProperty("trials").GetInt32().ShouldBe(trials is null ? 100_000 : int.Parse(trials, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("seed-marketplace.yaml", false)]
    [InlineData("database-operations.yaml", true)]
    public async Task A_saved_decision_gives_the_same_decision_document_as_report(string profile, bool withCost)
    {
        var path = Examples.Find(profile);
        var scenario = Examples.Find("scenario.yaml");
        var day = new DateTimeOffset(2026, 3, 2, 10, 30, 0, TimeSpan.Zero);
        using var factory = new SourcewiseFactory();
        using var app = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(day))));
        using var client = app.CreateClient();
        string[] cost = withCost ? ["--cost", scenario] : [];

        var (exit, cliMarkdown, error) = await Cli.RunAsync(Path.GetDirectoryName(path)!,
            ["report", profile, .. cost, "--format", "markdown", "--date", "2026-03-02", "--review-by", "2026-09-02", "--title", "Sourcing decision"]);
        var decision = $$"""{ "title": "Sourcing decision", "reviewBy": "2026-09-02", "profile": {{YamlAsJson(path)}}{{(withCost ? $", \"costScenario\": {YamlAsJson(scenario)}" : "")}} }""";
        using var saved = await client.PostAsync("/api/decisions", Body(decision, "application/json"), TestContext.CancellationToken);
        saved.StatusCode.ShouldBe(HttpStatusCode.Created, await saved.Content.ReadAsStringAsync());
        using var report = await client.GetAsync($"{saved.Headers.Location}/report?format=markdown", TestContext.CancellationToken);

        exit.ShouldBe(0, error);
        report.StatusCode.ShouldBe(HttpStatusCode.OK);
        var webMarkdown = await report.Content.ReadAsStringAsync();
        // The one difference by design: the command line names the scenario file the cost came from; a saved decision
        // holds the scenario itself, not a file.
        ShouldBeTheSameText(webMarkdown, cliMarkdown.Replace(" of scenario.yaml.", ".", StringComparison.Ordinal));
        webMarkdown.ShouldContain("(0.");
        webMarkdown.ShouldNotContain("%)");
    }

    private static async Task<JsonElement> ShouldBeTheSameJsonAsync(HttpResponseMessage response, string cliOutput)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, Encoding.UTF8.GetString(bytes));
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        ShouldBeTheSameText(Encoding.UTF8.GetString(bytes), cliOutput);
        bytes.ShouldBe(Encoding.UTF8.GetBytes(cliOutput));
        return JsonDocument.Parse(bytes).RootElement.Clone();
    }

    /// <summary>Equal texts, or a failure naming the first line that differs (a whole document is too long to read).</summary>
    private static void ShouldBeTheSameText(string web, string cli)
    {
        var webLines = web.Split('\n');
        var cliLines = cli.Split('\n');
        for (var i = 0; i < Math.Max(webLines.Length, cliLines.Length); i++)
        {
            var fromWeb = i < webLines.Length ? webLines[i] : "(end)";
            var fromCli = i < cliLines.Length ? cliLines[i] : "(end)";
            fromWeb.ShouldBe(fromCli, $"line {i + 1} differs between the API and the CLI");
        }

        web.ShouldBe(cli);
    }

    private static StringContent Body(string text, string mediaType) => new(text, Encoding.UTF8, mediaType);

    private static MultipartFormDataContent FileForm(string path, string mediaType)
    {
        var file = new ByteArrayContent(File.ReadAllBytes(path));
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return new MultipartFormDataContent { { file, "file", Path.GetFileName(path) } };
    }

    /// <summary>A YAML (or JSON) file as JSON, to embed in a JSON body.</summary>
    private static string YamlAsJson(string path)
    {
        var tree = StructuredInput.Parse(File.ReadAllText(path), path);
        tree.Success.ShouldBeTrue();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, tree.Value!);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, InputNode node)
    {
        switch (node)
        {
            case InputMapping mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Entries)
                {
                    writer.WritePropertyName(key.Value ?? "");
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case InputSequence sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case InputScalar { Value: null }:
                writer.WriteNullValue();
                break;
            case InputScalar { IsQuoted: false, Value: "true" or "false" } flag:
                writer.WriteBooleanValue(flag.Value == "true");
                break;
            case InputScalar { IsQuoted: false } scalar when double.TryParse(scalar.Value, System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out _):
                writer.WriteRawValue(scalar.Value!);
                break;
            case InputScalar scalar:
                writer.WriteStringValue(scalar.Value);
                break;
        }
    }

    /// <summary>Runs the CLI in-process from a working directory, over string writers.</summary>
    private static class Cli
    {
        public static async Task<(int Exit, string Out, string Err)> RunAsync(string workingDirectory, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var env = CliEnvironment.ForWriters(output, error);
            var before = Environment.CurrentDirectory;
            Environment.CurrentDirectory = workingDirectory;
            try
            {
                var exit = await SourcewiseCli.RunAsync(args, env);
                return (exit, output.ToString(), error.ToString());
            }
            finally
            {
                Environment.CurrentDirectory = before;
            }
        }
    }
}

/// <summary>Tests that change the process's working directory run alone, after every other test.</summary>
[CollectionDefinition(Collection, DisableParallelization = true)]
public sealed class WorkingDirectory
{
    public const string Collection = "Changes the working directory";
}

/// <summary>The examples: the repository's <c>examples/</c> and <c>shared/examples</c> beside it (when present).</summary>
internal static class Examples
{
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sourcewise.slnx")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Sourcewise.slnx not found.");
        }
    }

    /// <summary>Every work profile of both example folders (the repository's first; the shared ones not already there).</summary>
    public static IEnumerable<string> Profiles()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in Folders())
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                if (name is not ("scenario.yaml" or "proposal-answers.yaml") && seen.Add(name))
                {
                    yield return file;
                }
            }
        }
    }

    public static string Find(string name) =>
        Folders().Select(f => Path.Combine(f, name)).FirstOrDefault(File.Exists)
        ?? throw new FileNotFoundException($"no example '{name}'");

    public static string? CorpusPdf()
    {
        for (var directory = new DirectoryInfo(RepositoryRoot); directory is not null; directory = directory.Parent)
        {
            var corpus = Path.Combine(directory.FullName, "shared", "corpus");
            if (Directory.Exists(corpus))
            {
                return Directory.EnumerateFiles(corpus, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                    .FirstOrDefault(f => new FileInfo(f).Length < 2 * 1024 * 1024);
            }
        }

        return null;
    }

    private static IEnumerable<string> Folders()
    {
        yield return Path.Combine(RepositoryRoot, "examples");
        for (var directory = new DirectoryInfo(RepositoryRoot).Parent; directory is not null; directory = directory.Parent)
        {
            var shared = Path.Combine(directory.FullName, "shared", "examples");
            if (Directory.Exists(shared))
            {
                yield return shared;
                yield break;
            }
        }
    }
}
