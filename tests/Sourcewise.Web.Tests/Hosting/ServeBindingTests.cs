using System.Net;
using System.Net.Sockets;
using Sourcewise.Web.Tests.Infrastructure;

namespace Sourcewise.Web.Tests.Hosting;

/// <summary>Without a token, <c>sourcewise serve</c> must never answer on an address other than loopback, however the
/// address reached Kestrel: <c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>,
/// <c>Kestrel__Endpoints__*</c> (plain, <c>ASPNETCORE_</c>- or <c>DOTNET_</c>-prefixed), or an
/// <c>appsettings.json</c> in the working directory. Each case runs the real process.</summary>
public sealed class ServeBindingTests
{
    private const string Token = "a-long-enough-test-token-0123";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public ServeBindingTests()
    {
        Requirements.SkipUnless(File.Exists(ServeProcess.CliPath), $"the CLI is not built at {ServeProcess.CliPath}");
    }

    [SkippableTheory]
    [InlineData("Kestrel__Endpoints__Web__Url")]
    [InlineData("ASPNETCORE_Kestrel__Endpoints__Web__Url")]
    [InlineData("DOTNET_Kestrel__Endpoints__Web__Url")]
    public async Task A_kestrel_endpoint_from_the_environment_on_every_address_is_refused_without_a_token(string variable)
    {
        // Given --urls on loopback, overridden by a Kestrel endpoint on every address
        using var folder = new TempFolder();
        var port = FreePort.Next();
        var options = Serve(folder, loopbackPort: FreePort.Next());
        options.Environment[variable] = $"http://0.0.0.0:{port}";

        // When
        var (exit, output, error) = await ServeProcess.RunToExitAsync(options, Patience);

        // Then it stops with one line, naming the address Kestrel really bound
        exit.ShouldBe(1, $"stdout: {output}\nstderr: {error}");
        ShouldBeOneRefusalLine(error, $":{port}");
        IsListening(port).ShouldBeFalse();
    }

    [SkippableFact]
    public async Task An_address_that_uri_reads_as_loopback_but_kestrel_binds_everywhere_is_refused()
    {
        using var folder = new TempFolder();
        var port = FreePort.Next();
        var options = Serve(folder, loopbackPort: null);
        options.Arguments.AddRange(["--urls", $"http://0.0.0.0@127.0.0.1:{port}"]);

        var (exit, output, error) = await ServeProcess.RunToExitAsync(options, Patience);

        exit.ShouldBe(1, $"stdout: {output}\nstderr: {error}");
        ShouldBeOneRefusalLine(error, $":{port}");
        IsListening(port).ShouldBeFalse();
    }

    [SkippableFact]
    public async Task Aspnetcore_urls_on_every_address_is_refused_without_a_token()
    {
        using var folder = new TempFolder();
        var port = FreePort.Next();
        var options = Serve(folder, loopbackPort: null);
        options.Environment["ASPNETCORE_URLS"] = $"http://+:{port}";

        var (exit, output, error) = await ServeProcess.RunToExitAsync(options, Patience);

        exit.ShouldBe(1, $"stdout: {output}\nstderr: {error}");
        ShouldBeOneRefusalLine(error, $":{port}");
    }

    [SkippableFact]
    public async Task Aspnetcore_http_ports_never_opens_every_address()
    {
        // Given ASPNETCORE_HTTP_PORTS (which means "every address" to Kestrel) beside the default loopback --urls
        using var folder = new TempFolder();
        var allAddressesPort = FreePort.Next();
        var loopbackPort = FreePort.Next();
        var options = Serve(folder, loopbackPort);
        options.Environment["ASPNETCORE_HTTP_PORTS"] = allAddressesPort.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // When it runs, it is either refused or serves on loopback only
        using var serve = await ServeProcess.StartAsync(options, $"http://127.0.0.1:{loopbackPort}");

        // Then nothing listens on the other port
        IsListening(allAddressesPort).ShouldBeFalse(serve.Output);
    }

    [SkippableTheory]
    [InlineData("appsettings.json")]
    [InlineData("appsettings.Production.json")]
    public async Task An_appsettings_file_in_the_working_directory_is_ignored(string fileName)
    {
        // Given a stray settings file that would open every address and turn on verbose logging
        using var folder = new TempFolder();
        var strayPort = FreePort.Next();
        File.WriteAllText(folder.File(fileName), $$"""
            { "Kestrel": { "Endpoints": { "Web": { "Url": "http://0.0.0.0:{{strayPort}}" } } },
              "AllowedHosts": "*" }
            """);
        var loopbackPort = FreePort.Next();
        var options = Serve(folder, loopbackPort);
        options.WorkingDirectory = folder.Path;

        // When
        using var serve = await ServeProcess.StartAsync(options, $"http://127.0.0.1:{loopbackPort}");

        // Then it serves where --urls says, and the file had no effect
        IsListening(strayPort).ShouldBeFalse(serve.Output);
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{loopbackPort}/health");
        request.Headers.Host = "evil.example";
        (await client.SendAsync(request, TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [SkippableFact]
    public async Task With_a_token_every_address_is_served()
    {
        using var folder = new TempFolder();
        var port = FreePort.Next();
        var options = Serve(folder, loopbackPort: FreePort.Next());
        options.Environment["Kestrel__Endpoints__Web__Url"] = $"http://0.0.0.0:{port}";
        options.Environment["SOURCEWISE_TOKEN"] = Token;

        using var serve = await ServeProcess.StartAsync(options, $"http://127.0.0.1:{port}");

        serve.Output.ShouldContain($"0.0.0.0:{port}");
    }

    [SkippableFact]
    public async Task A_token_shorter_than_16_characters_refuses_to_start_without_echoing_it()
    {
        using var folder = new TempFolder();
        var options = Serve(folder, loopbackPort: FreePort.Next());
        options.Environment["SOURCEWISE_TOKEN"] = "hunter2";

        var (exit, output, error) = await ServeProcess.RunToExitAsync(options, Patience);

        exit.ShouldBe(1, $"stdout: {output}\nstderr: {error}");
        var line = error.Trim();
        line.Split('\n').Length.ShouldBe(1, line);
        line.ShouldStartWith("sourcewise serve: ");
        line.ShouldContain("16");
        line.ShouldNotContain("hunter2");
        output.ShouldNotContain("hunter2");
    }

    private static ServeProcess.Options Serve(TempFolder folder, int? loopbackPort)
    {
        var options = new ServeProcess.Options();
        if (loopbackPort is { } port)
        {
            options.Arguments.AddRange(["--urls", $"http://127.0.0.1:{port}"]);
        }

        options.Arguments.AddRange(["--db", folder.File("sourcewise.db")]);
        return options;
    }

    private static void ShouldBeOneRefusalLine(string error, string address)
    {
        var line = error.Trim();
        line.Split('\n').Length.ShouldBe(1, line);
        line.ShouldStartWith("sourcewise serve: refusing to listen on");
        line.ShouldContain(address);
        line.ShouldContain("SOURCEWISE_TOKEN");
    }

    private static bool IsListening(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
