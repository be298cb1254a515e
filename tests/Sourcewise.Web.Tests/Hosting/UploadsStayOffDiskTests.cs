using System.Net;
using System.Text;
using Sourcewise.Web.Tests.Infrastructure;

namespace Sourcewise.Web.Tests.Hosting;

/// <summary>An upload is a confidential proposal: it must never be written to the temp folder (where, in plain text,
/// it outlives a crash). The real serve process gets a fresh temp folder; an upload over 64 KiB (the framework's
/// default threshold for buffering a multipart section to disk) is held half-sent, and the folder is watched.</summary>
public sealed class UploadsStayOffDiskTests
{
    public UploadsStayOffDiskTests()
    {
        Requirements.SkipUnless(File.Exists(ServeProcess.CliPath), $"the CLI is not built at {ServeProcess.CliPath}");
    }

    [SkippableTheory]
    [InlineData("/api/check", "file")]
    [InlineData("/check", "Upload")]
    public async Task A_large_upload_in_progress_leaves_nothing_in_the_temp_folder_even_after_kill_9(string url, string field)
    {
        // Given serve with its own, empty temp folder
        using var folder = new TempFolder();
        var temp = Directory.CreateDirectory(folder.File("tmp")).FullName;
        var port = FreePort.Next();
        using var serve = await ServeProcess.StartAsync(folder.File("sourcewise.db"), port, options =>
        {
            options.Environment["TMPDIR"] = temp;
            options.Environment["ASPNETCORE_TEMP"] = temp;
            options.Environment["DOTNET_EnableDiagnostics"] = "0";
        });
        var before = Directory.GetFileSystemEntries(temp);
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(serve.BaseAddress),
            Timeout = TimeSpan.FromMinutes(2),
        };
        string? antiforgery = url == "/check" ? await Antiforgery.TokenFromAsync(client, "/check") : null;

        // When 1 MiB of a 3 MiB proposal has been sent and the rest is held back
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var content = new HeldBackMultipart(field, "proposal.txt", ProposalBytes(3 * 1024 * 1024), heldAfter: 1024 * 1024,
            release.Task, antiforgery);
        var sending = client.PostAsync(url, content, TestContext.CancellationToken);
        await content.HeldBack.WaitAsync(TimeSpan.FromSeconds(60), TestContext.CancellationToken);
        var appeared = await WatchAsync(temp, before, TimeSpan.FromSeconds(3));

        // Then nothing was written, and a crash now leaves nothing behind
        serve.KillHard();
        release.TrySetResult();
        await Should.ThrowAsync<Exception>(() => sending);
        appeared.ShouldBeEmpty($"the upload was buffered to disk: {string.Join(", ", appeared)}");
        Directory.GetFileSystemEntries(temp).Except(before).ShouldBeEmpty();
    }

    private static async Task<List<string>> WatchAsync(string folder, string[] before, TimeSpan duration)
    {
        var deadline = DateTime.UtcNow + duration;
        while (DateTime.UtcNow < deadline)
        {
            var added = Directory.GetFileSystemEntries(folder).Except(before).ToList();
            if (added.Count > 0)
            {
                return added;
            }

            await Task.Delay(100);
        }

        return [];
    }

    private static byte[] ProposalBytes(int size)
    {
        var text = new StringBuilder(size + Samples.Proposal.Length);
        while (text.Length < size)
        {
            text.Append(Samples.Proposal).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A multipart body with one file that stops after <c>heldAfter</c> bytes of the file until released.</summary>
    private sealed class HeldBackMultipart : HttpContent
    {
        private const string Boundary = "sourcewise-test-boundary";
        private readonly byte[] _head;
        private readonly byte[] _file;
        private readonly byte[] _tail;
        private readonly int _heldAfter;
        private readonly Task _release;
        private readonly TaskCompletionSource _heldBack = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HeldBackMultipart(string field, string fileName, byte[] file, int heldAfter, Task release, string? antiforgery)
        {
            var head = new StringBuilder();
            if (antiforgery is not null)
            {
                head.Append($"--{Boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{antiforgery}\r\n");
            }

            head.Append($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fileName}\"\r\nContent-Type: text/plain\r\n\r\n");
            _head = Encoding.UTF8.GetBytes(head.ToString());
            _file = file;
            _tail = Encoding.UTF8.GetBytes($"\r\n--{Boundary}--\r\n");
            _heldAfter = heldAfter;
            _release = release;
            Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={Boundary}");
        }

        public Task HeldBack => _heldBack.Task;

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(_head);
            await stream.WriteAsync(_file.AsMemory(0, _heldAfter));
            await stream.FlushAsync();
            _heldBack.TrySetResult();
            await _release;
            await stream.WriteAsync(_file.AsMemory(_heldAfter));
            await stream.WriteAsync(_tail);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _head.Length + _file.Length + _tail.Length;
            return true;
        }
    }
}
