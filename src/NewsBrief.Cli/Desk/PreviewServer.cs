using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBrief.Diagnostics;

namespace NewsBrief.Cli.Desk;

/// <summary>
/// The desk's local preview server: Kestrel from the shared framework, minimal APIs, bound to
/// 127.0.0.1 only. Serves the index, review pages, the published page per locale, files under the
/// served folder (never outside it, never through a symbolic link), and a Server-Sent Events feed of
/// file changes. Requests whose Host is not this loopback address are refused (DNS rebinding).
/// </summary>
internal sealed partial class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ChangeFeed feed;
    private readonly SitePreview site;

    private PreviewServer(WebApplication app, ChangeFeed feed, SitePreview site, string url)
    {
        this.app = app;
        this.feed = feed;
        this.site = site;
        Url = url;
    }

    /// <summary>The base URL, <c>http://127.0.0.1:PORT/</c>.</summary>
    public string Url { get; }

    /// <summary>Starts serving <paramref name="project"/> on 127.0.0.1:<paramref name="port"/> (0 picks a free port).</summary>
    public static async Task<PreviewServer> StartAsync(DeskProject project, int port, CancellationToken cancellation = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            options.Listen(IPAddress.Loopback, port);
        });

        var feed = new ChangeFeed(project.WatchedFolders);
        var site = new SitePreview(project);
        var app = builder.Build();
        Map(app, project, feed, site);
        try
        {
            await app.StartAsync(cancellation).ConfigureAwait(false);
        }
        catch
        {
            feed.Dispose();
            site.Dispose();
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var bound = new Uri(address).Port;
        return new PreviewServer(app, feed, site, $"http://127.0.0.1:{bound}/");
    }

    /// <summary>Completes when the server stops (Ctrl+C or SIGTERM).</summary>
    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        feed.Dispose();
        site.Dispose();
    }

    private static void Map(WebApplication app, DeskProject project, ChangeFeed feed, SitePreview site)
    {
        var stopping = app.Lifetime.ApplicationStopping;

        app.Use(Guard);

        app.MapGet("/", (HttpContext context) => Page(context, nonce => DeskPages.Index(project, feed.Version, nonce)));

        app.MapGet("/review/{slug}", (HttpContext context, string slug) =>
        {
            var version = feed.Version;
            return SlugShape().IsMatch(slug) && project.Find(slug) is { } brief
                ? Page(context, nonce => DeskPages.Review(project.Review(brief), version, nonce))
                : NotFound(context, feed);
        });

        // The published page is the real site build's page: /published/ only points into /site/.
        app.MapGet("/published/{locale}/{slug}/", (HttpContext context, string locale, string slug) =>
            SlugShape().IsMatch(slug) && SlugShape().IsMatch(locale) && project.Find(slug) is not null
                ? Results.Redirect(site.Ensure(feed.Version) is not { } built || built.Broken.Contains(slug) ? "/review/" + slug : $"/site/{locale}/{slug}/")
                : NotFound(context, feed));

        app.MapGet("/site/{**path}", (HttpContext context, string? path) =>
        {
            var version = feed.Version;
            if (site.Ensure(version) is not { } built)
            {
                return NotFound(context, feed);
            }

            var root = built.Root;
            var raw = context.Request.Path.HasValue ? context.Request.Path.ToUriComponent() : "";
            raw = raw.StartsWith("/site/", StringComparison.Ordinal) ? raw["/site/".Length..] : "";

            // A broken brief's page (locale/slug/ or locale/slug.md): its diagnostics in its place.
            var segments = raw.Split('/');
            var slug = segments.Length >= 2 ? (segments[1].EndsWith(".md", StringComparison.Ordinal) ? segments[1][..^3] : segments[1]) : "";
            if (slug.Length > 0 && built.Broken.Contains(slug) && project.Find(slug) is { } broken)
            {
                return Page(context, nonce => DeskPages.Review(project.Review(broken), version, nonce));
            }

            if (raw.Length == 0 || raw.EndsWith('/'))
            {
                raw += "index.html";
            }

            if (SafeFiles.Resolve(root, raw) is not { } full)
            {
                return NotFound(context, feed);
            }

            // The published pages as a browser gets them from any host: their own stylesheet, no script
            // (the JSON-LD block is data, which CSP does not govern), nothing from elsewhere.
            context.Response.Headers.ContentSecurityPolicy = SitePolicy;
            return Results.Bytes(File.ReadAllBytes(full), SiteContentType(full));
        });

        app.MapGet("/files/{**path}", (HttpContext context, string? path) =>
        {
            // The raw, still-encoded path: SafeFiles decodes it itself, as many times as it takes.
            var raw = context.Request.Path.HasValue ? context.Request.Path.ToUriComponent() : "";
            raw = raw.StartsWith("/files/", StringComparison.Ordinal) ? raw["/files/".Length..] : "";
            if (SafeFiles.Resolve(project.Dir, raw) is not { } full)
            {
                return NotFound(context, feed);
            }

            context.Response.Headers.ContentSecurityPolicy = StrictPolicy + "; sandbox"; // shown, never run
            return Results.File(full, ContentType(full));
        });

        app.MapGet("/events", async (HttpContext context) =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            var token = linked.Token;
            var response = context.Response;
            response.Headers.ContentType = "text/event-stream; charset=utf-8";
            response.Headers["X-Accel-Buffering"] = "no";
            try
            {
                await response.WriteAsync("retry: 500\n\n", token).ConfigureAwait(false);
                while (!token.IsCancellationRequested)
                {
                    var next = feed.NextChange;
                    await response.WriteAsync($"data: {feed.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n\n", token).ConfigureAwait(false);
                    await response.Body.FlushAsync(token).ConfigureAwait(false);
                    var heartbeat = Task.Delay(TimeSpan.FromSeconds(15), token);
                    while (await Task.WhenAny(next, heartbeat).ConfigureAwait(false) == heartbeat && !token.IsCancellationRequested)
                    {
                        await response.WriteAsync(": still here\n\n", token).ConfigureAwait(false);
                        await response.Body.FlushAsync(token).ConfigureAwait(false);
                        heartbeat = Task.Delay(TimeSpan.FromSeconds(15), token);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // The page went away or the server is stopping.
            }
        });

        app.MapFallback((HttpContext context) => NotFound(context, feed));
    }

    /// <summary>What every response may do unless its route allows more: nothing (no script, style, frame, form or base).</summary>
    internal const string StrictPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The published site's pages: their own stylesheet and images, nothing else.</summary>
    internal const string SitePolicy = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Runs first on every request: sets the security headers (a strict CSP the routes may widen,
    /// nosniff, no referrer, no framing, no caching) before anything else, so every answer has them,
    /// including the refusal of a foreign Host and errors; refuses foreign Hosts (DNS rebinding); and
    /// turns an exception into a 500 page that has them too (Kestrel's own 500 would clear them).
    /// </summary>
    internal static async Task Guard(HttpContext context, RequestDelegate next)
    {
        SecurityHeaders(context.Response);
        var host = context.Request.Host;
        var port = context.Connection.LocalPort;
        if (!(host.Host is "127.0.0.1" or "localhost") || (host.Port is { } p && p != port))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("This preview server answers only to 127.0.0.1.\n", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested && e is not OperationCanceledException)
        {
            context.Response.Clear();
            SecurityHeaders(context.Response);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"The desk could not answer this request: {e.GetType().Name}: {e.Message}\nThis is a bug in NewsBrief; please report it with the files that caused it. `newsbrief check` shows their diagnostics.\n", context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static void SecurityHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = StrictPolicy;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Frame-Options"] = "DENY";
        headers["Cache-Control"] = "no-store";
    }

    private static IResult Page(HttpContext context, Func<string, string> render)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-{nonce}'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        return Results.Content(render(nonce), "text/html; charset=utf-8", Encoding.UTF8);
    }

    private static IResult NotFound(HttpContext context, ChangeFeed feed)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Response.Headers.ContentSecurityPolicy = $"default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-{nonce}'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        return Results.Content(DeskPages.NotFound(nonce, feed.Version), "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);
    }

    // Files under the folder are shown, never run: text as text, anything else as a download.
    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".yml" or ".yaml" or ".md" or ".txt" or ".sbn" or ".html" or ".json" or ".css" => "text/plain; charset=utf-8",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        _ => "application/octet-stream",
    };

    // The site is NewsBrief's own output: its pages are pages.
    private static string SiteContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".md" => "text/markdown; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugShape();
}
