using System.Net.Sockets;
using System.Text;
using NewsBrief.Cli.Desk;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Desk;

/// <summary>
/// A project in a scratch folder (the shipped locales and templates, a briefs/ folder with the seed
/// story) served in-process by <see cref="PreviewServer"/> on 127.0.0.1 with a free port.
/// </summary>
internal sealed class DeskServerFixture : IAsyncDisposable
{
    private DeskServerFixture(TempDir dir, PreviewServer server)
    {
        Dir = dir;
        Server = server;
    }

    public TempDir Dir { get; }

    public PreviewServer Server { get; }

    public string Briefs => Path.Combine(Dir.Path, "briefs");

    public Uri Url => new(Server.Url);

    public static string SeedText => File.ReadAllText(Path.Combine(RepoFiles.Examples, "briefs", "deepseek-r1-training-cost.yml"));

    public static async Task<DeskServerFixture> StartAsync()
    {
        var dir = new TempDir();
        CopyProject(dir.Path);
        dir.Write("briefs/deepseek-r1-training-cost.yml", SeedText);
        var server = await PreviewServer.StartAsync(new DeskProject(Path.Combine(dir.Path, "briefs"), dir.Path), 0);
        return new DeskServerFixture(dir, server);
    }

    public static void CopyProject(string target)
    {
        foreach (var folder in new[] { "locales", "templates" })
        {
            var from = Path.Combine(RepoFiles.Root, folder);
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(target, folder, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }
    }

    /// <summary>
    /// Sends <paramref name="target"/> exactly as written in the request line (no client-side
    /// normalisation of '..' or percent-encoding) and returns the status code and body.
    /// </summary>
    public async Task<(int Status, string Body)> RawGetAsync(string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Url.Port);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{Url.Port}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var body = response.Contains("\r\n\r\n", StringComparison.Ordinal) ? response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..] : "";
        return (status, body);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Dir.Dispose();
    }
}
