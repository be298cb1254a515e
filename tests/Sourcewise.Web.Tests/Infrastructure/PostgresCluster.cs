using System.Diagnostics;

namespace Sourcewise.Web.Tests.Infrastructure;

/// <summary>A throwaway PostgreSQL cluster from Debian's binaries in a temp folder, on a free loopback port, trust
/// authentication. As root it runs as the <c>postgres</c> user. <see cref="Unavailable"/> says why when it cannot.</summary>
public sealed class PostgresCluster : IDisposable
{
    private readonly string? _bin;
    private readonly string? _folder;
    private readonly bool _asPostgres;

    public PostgresCluster()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (_bin is null)
        {
            Unavailable = "PostgreSQL binaries (/usr/lib/postgresql/*/bin/initdb, pg_ctl) are not installed";
            return;
        }

        _asPostgres = Environment.UserName == "root";
        _folder = Path.Combine(Path.GetTempPath(), $"sourcewise-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        if (_asPostgres && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_folder, (UnixFileMode)0x1FF);
        }

        var data = Path.Combine(_folder, "data");
        Port = FreePort.Next();
        var init = Run("initdb", $"-D {data} -A trust -U postgres --no-sync -E UTF8");
        if (init is not null)
        {
            Unavailable = $"initdb failed: {init}";
            return;
        }

        var start = Run("pg_ctl", $"-D {data} -l {Path.Combine(_folder, "log")} -w -t 60 -o \"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off\" start");
        if (start is not null)
        {
            Unavailable = $"pg_ctl start failed: {start}";
            return;
        }

        ConnectionString = $"Host=127.0.0.1;Port={Port};Username=postgres;Database=sourcewise_test;Pooling=true";
    }

    public string? Unavailable { get; }

    public int Port { get; }

    public string ConnectionString { get; } = "";

    public void Dispose()
    {
        if (_folder is null)
        {
            return;
        }

        if (ConnectionString.Length > 0)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            Run("pg_ctl", $"-D {Path.Combine(_folder, "data")} -m immediate -w stop");
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Runs a PostgreSQL tool; returns <c>null</c> on success or its output on failure.</summary>
    private string? Run(string tool, string arguments)
    {
        var start = _asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {Path.Combine(_bin!, tool)} {arguments}")
            : new ProcessStartInfo(Path.Combine(_bin!, tool), arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = _folder;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            return $"{tool} timed out";
        }

        return process.ExitCode == 0 ? null : $"{output.Result}{error.Result}".Trim();
    }
}
