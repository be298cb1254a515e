using Sourcewise.Web.Tests.Infrastructure;
using static Sourcewise.Web.Tests.Api.ApiAssertions;

namespace Sourcewise.Web.Tests.Storage;

/// <summary>Saved decisions are confidential: the database and its WAL files are readable by their owner only (0600),
/// and a folder the app creates for them, or its own data folder, is owner-only (0700).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FilePermissionTests
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [SkippableFact]
    public async Task A_new_database_and_the_folder_made_for_it_are_owner_only_including_wal_and_shm()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "new", "decisions.db");

        using (var factory = new SourcewiseFactory(database))
        {
            var client = factory.CreateClient();
            await (await client.PostAsync("/api/decisions", Json(Samples.Decision("Private")), TestContext.CancellationToken)).ShouldBeJsonAsync(System.Net.HttpStatusCode.Created);

            File.GetUnixFileMode(Path.Combine(folder.Path, "new")).ShouldBe(OwnerOnlyFolder);
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Exists(file).ShouldBeTrue(file);
                File.GetUnixFileMode(file).ShouldBe(OwnerOnlyFile, file);
            }
        }
    }

    [SkippableFact]
    public async Task An_existing_database_readable_by_others_is_made_owner_only_on_start()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        using var folder = new TempFolder();
        var database = folder.File("old.db");
        File.SetUnixFileMode(folder.Path, OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        using (var first = new SourcewiseFactory(database))
        {
            await (await first.CreateClient().PostAsync("/api/decisions", Json(Samples.Decision("Before")), TestContext.CancellationToken)).ShouldBeJsonAsync(System.Net.HttpStatusCode.Created);
        }

        var readable = OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        foreach (var file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
        {
            File.SetUnixFileMode(file, readable);
        }

        using var second = new SourcewiseFactory(database);
        (await second.CreateClient().GetAsync("/health", TestContext.CancellationToken)).IsSuccessStatusCode.ShouldBeTrue();

        foreach (var file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
        {
            File.GetUnixFileMode(file).ShouldBe(OwnerOnlyFile, file);
        }

        // A folder the user chose is theirs: it is left as it was.
        File.GetUnixFileMode(folder.Path).ShouldBe(OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
    }

    [SkippableFact]
    public async Task The_default_data_folder_is_owner_only_even_when_it_existed_before()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        Requirements.SkipUnless(File.Exists(ServeProcess.CliPath), $"the CLI is not built at {ServeProcess.CliPath}");
        using var home = new TempFolder();
        var data = Directory.CreateDirectory(Path.Combine(home.Path, "sourcewise")).FullName;
        File.SetUnixFileMode(data, OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var port = FreePort.Next();
        var options = new ServeProcess.Options { Environment = { ["XDG_DATA_HOME"] = home.Path } };
        options.Arguments.AddRange(["--urls", $"http://127.0.0.1:{port}"]);

        using (await ServeProcess.StartAsync(options, $"http://127.0.0.1:{port}"))
        {
            File.GetUnixFileMode(data).ShouldBe(OwnerOnlyFolder);
            File.GetUnixFileMode(Path.Combine(data, "sourcewise.db")).ShouldBe(OwnerOnlyFile);
        }
    }
}
