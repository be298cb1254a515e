using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Sourcewise.Web.Tests.Infrastructure;

namespace Sourcewise.Web.Tests.Hosting;

/// <summary>A body that ends before its Content-Length, or a form over a limit, is the client's problem: 400/413 naming
/// what happened, one log line, no stack trace anywhere.</summary>
public sealed class BadRequestBodyTests
{
    [Theory]
    [InlineData("/api/assess", "application/json")]
    [InlineData("/api/decisions", "application/json")]
    [InlineData("/api/portfolio", "text/csv")]
    [InlineData("/api/check", "multipart/form-data; boundary=b")]
    public async Task A_body_cut_short_answers_400_with_one_log_line_and_no_stack_trace(string url, string contentType)
    {
        // Given a client that announces 1,000 bytes, sends 30 and stops sending
        await using var app = await KestrelApp.StartAsync();
        var uri = new Uri(app.BaseAddress);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(IPAddress.Loopback, uri.Port, TestContext.CancellationToken);
        var head = $"POST {url} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {contentType}\r\nContent-Length: 1000\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(head + "--b\r\n{ \"name\": \"cut short"), TestContext.CancellationToken);
        socket.Shutdown(SocketShutdown.Send);

        // When the server answers
        var answer = await ReadAllAsync(socket);

        // Then the log has one line about it and no trace, and if an answer gets through (Kestrel usually drops a
        // half-closed connection) it is a 400, not a 500
        if (answer.Length > 0)
        {
            answer.ShouldStartWith("HTTP/1.1 400", customMessage: answer);
            answer.ShouldNotContain("   at ");
        }

        var lines = await SettledLinesAsync(app);
        lines.Count.ShouldBe(1, app.Logs.Text);
        lines[0].Exception.ShouldBeNull(app.Logs.Text);
        lines[0].Message.ShouldContain(url);
        lines[0].Message.ShouldContain("body");
    }

    [Fact]
    public async Task A_form_cut_short_on_a_page_answers_400_without_a_stack_trace()
    {
        await using var app = await KestrelApp.StartAsync();
        var uri = new Uri(app.BaseAddress);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(IPAddress.Loopback, uri.Port, TestContext.CancellationToken);
        var head = "POST /assess HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(head + "name=cut+short&stage="), TestContext.CancellationToken);
        socket.Shutdown(SocketShutdown.Send);

        var answer = await ReadAllAsync(socket);

        if (answer.Length > 0)
        {
            answer.ShouldStartWith("HTTP/1.1 400", customMessage: answer);
        }

        (await SettledLinesAsync(app)).Count.ShouldBe(1, app.Logs.Text);
        app.Logs.Entries.ShouldAllBe(e => e.Exception == null, app.Logs.Text);
    }

    [Fact]
    public async Task Too_many_form_fields_are_refused_naming_that_limit_not_the_size_limit()
    {
        await using var app = await KestrelApp.StartAsync();
        using var client = app.CreateClient();
        using var form = new MultipartFormDataContent();
        for (var i = 0; i < 2_000; i++)
        {
            form.Add(new StringContent("x"), $"f{i}");
        }

        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.Proposal)), "file", "p.txt");

        var response = await client.PostAsync("/api/check", form, TestContext.CancellationToken);

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, text);
        text.ShouldContain("fields");
        text.ShouldContain("1,024");
        text.ShouldNotContain("MiB");
    }

    [Fact]
    public async Task Twenty_thousand_fields_posted_to_a_page_are_refused_naming_that_limit()
    {
        await using var app = await KestrelApp.StartAsync();
        using var client = app.CreateClient();
        var body = string.Join('&', Enumerable.Range(0, 20_000).Select(i => $"f{i}=x"));

        var response = await client.PostAsync("/assess", new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"), TestContext.CancellationToken);

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, text);
        text.ShouldContain("fields");
        text.ShouldNotContain("MiB");
        app.Logs.Entries.ShouldAllBe(e => e.Exception == null, app.Logs.Text);
    }

    /// <summary>The app's log lines (Information and up, after start-up) once the request has been handled: the
    /// server may drop the half-closed connection before the handler has finished.</summary>
    private static async Task<List<LogCapture.Entry>> SettledLinesAsync(KestrelApp app)
    {
        List<LogCapture.Entry> Lines() => [.. app.Logs.Entries.Where(e => e.Level >= LogLevel.Information && e.Category != "Sourcewise.Web.Storage.MigrateOnStart")];
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (Lines().Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await Task.Delay(500);
        return Lines();
    }

    private static async Task<string> ReadAllAsync(Socket socket)
    {
        var received = new MemoryStream();
        var buffer = new byte[8192];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (SocketException)
        {
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }
}
