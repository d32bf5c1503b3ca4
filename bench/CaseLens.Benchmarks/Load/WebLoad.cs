using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CaseLens.Cli;
using CaseLens.Benchmarks.Quick;
using CaseLens.Domain.Notifications;
using Npgsql;

namespace CaseLens.Benchmarks.Load;

/// <summary>
/// The web application under load: N synthetic cases stored (imported by the real command), 20
/// analysts signed in (half national, half scoped to one board), each asking without pause for
/// the case list (a page of it, filtered, or searched by a word of the outlines) and for case pages
/// in their scope, for a fixed time over loopback against <c>caselens serve</c> in a process of its
/// own. Each user waits a random think time between an answer and the next click (uniform over 0 to
/// twice <c>--think-ms</c>; 0 makes the users a closed loop with no pause at all). Prints each kind's
/// p50, p95 and p99 and fails (exit 1) on any answer other than 200.
/// Options: <c>--rows N</c> (100,000), <c>--users U</c> (20), <c>--seconds S</c> (30, after 5 s of
/// warm-up), <c>--think-ms T</c> (500), <c>--postgres CONNECTION</c> (a server to make a throwaway
/// database on; SQLite by default), <c>--dir PATH</c>.
/// </summary>
internal static class WebLoad
{
    private const string Password = "load-test-password-1";

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = Int(args, "--rows", 100_000);
        var users = Int(args, "--users", 20);
        var seconds = Int(args, "--seconds", 30);
        var think = Int(args, "--think-ms", 500);
        var dir = Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "caselens-load-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var postgres = Option(args, "--postgres");
        var database = postgres is null ? null : "caselens_load_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var db = postgres is null ? Path.Combine(dir, "load.db") : new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString;
        Console.WriteLine($"# CaseLens web load: {rows:N0} cases, {users} users, think time {think} ms on average, {seconds} s, on {(postgres is null ? "SQLite" : "PostgreSQL")}");

        var records = BenchData.Notifications(rows).ToList();
        var csv = Path.Combine(dir, "cases.csv");
        BenchData.WriteCsv(csv, records);
        if (postgres is not null)
        {
            await AdminAsync(postgres, $"CREATE DATABASE {database}");
        }

        try
        {
            Check(CaseLensApp.Run(["import", "notifications", csv, "--db", db, "--actor", "bench"], TextWriter.Null, Console.Error, TimeProvider.System), "import");
            var plan = LoadPlan.From(records, users);
            var passwordFile = Path.Combine(dir, "password");
            await File.WriteAllTextAsync(passwordFile, Password);
            foreach (var user in plan.Users)
            {
                string[] scope = user.Board is null ? [] : ["--boards", user.Board];
                Check(CaseLensApp.Run(["users", "add", user.Name, "--role", "analyst", .. scope, "--password-file", passwordFile, "--db", db], TextWriter.Null, Console.Error, TimeProvider.System), "users add");
            }

            var port = FreePort();
            using var server = StartServer(db, port);
            try
            {
                var site = new Uri($"http://127.0.0.1:{port}");
                await WaitForAsync(site, server);
                var results = await RunUsersAsync(site, plan, think, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(seconds));
                return Print(results);
            }
            finally
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
        }
        finally
        {
            if (postgres is not null)
            {
                await AdminAsync(postgres, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            }
        }
    }

    private static async Task<IReadOnlyList<Latencies>> RunUsersAsync(Uri site, LoadPlan plan, int thinkMilliseconds, TimeSpan warmUp, TimeSpan measured)
    {
        var kinds = LoadPlan.Kinds.ToDictionary(k => k, k => new Latencies(k), StringComparer.Ordinal);
        var sessions = new List<SiteSession>();
        foreach (var user in plan.Users)
        {
            var session = new SiteSession(site);
            await session.SignInAsync(user.Name, Password);
            sessions.Add(session);
        }

        var start = Stopwatch.GetTimestamp();
        var measureFrom = warmUp;
        var until = warmUp + measured;
        await Task.WhenAll(plan.Users.Select((user, i) => Task.Run(async () =>
        {
            var random = new Random(i);
            while (Stopwatch.GetElapsedTime(start) < until)
            {
                var (kind, path) = plan.NextRequest(user, random);
                var sent = Stopwatch.GetTimestamp();
                var (status, _) = await sessions[i].GetAsync(path);
                var took = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (Stopwatch.GetElapsedTime(start) > measureFrom)
                {
                    kinds[kind].Add(took, status == HttpStatusCode.OK);
                }

                if (thinkMilliseconds > 0)
                {
                    await Task.Delay(random.Next(2 * thinkMilliseconds));
                }
            }
        })));
        foreach (var session in sessions)
        {
            session.Dispose();
        }

        return [.. kinds.Values];
    }

    private static int Print(IReadOnlyList<Latencies> results)
    {
        Console.WriteLine("| request | count | not 200 | p50 ms | p95 ms | p99 ms |");
        Console.WriteLine("|---|--:|--:|--:|--:|--:|");
        foreach (var kind in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind.Kind} | {kind.Count:N0} | {kind.Failures} | {kind.Percentile(50):F1} | {kind.Percentile(95):F1} | {kind.Percentile(99):F1} |"));
        }

        return results.All(k => k.Failures == 0 && k.Count > 0) ? 0 : 1;
    }

    private static Process StartServer(string db, int port)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "caselens.dll"), "serve", "--db", db, "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        // Errors only: the request log would cost the server time the users would measure.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("serve: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForAsync(Uri site, Process server)
    {
        using var http = new HttpClient { BaseAddress = site, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"caselens serve exited with {server.ExitCode}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/signin", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("caselens serve did not answer within a minute.");
    }

    private static async Task AdminAsync(string connection, string sql)
    {
        await using var admin = new NpgsqlConnection(connection);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Check(int exit, string what)
    {
        if (exit != 0)
        {
            throw new InvalidOperationException($"{what} exited with {exit}.");
        }
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static int Int(string[] args, string name, int otherwise) =>
        Option(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : otherwise;
}
