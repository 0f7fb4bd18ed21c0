using System.IO.Compression;
using Lantu.Storage;
using Lantu.Web.Services;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace Lantu.Web.Caching;

/// <summary>
/// HTTP caching and compression for the public portal. Anonymous GETs of public pages, plan API responses and
/// open-data downloads carry an ETag made from the <see cref="PortalStamp"/>: a request whose If-None-Match still
/// matches gets 304 with no body, and the rendered response is kept in the output cache under the same stamp, so a
/// new version, observation or decision shows on the very next request. Text responses are compressed (Brotli,
/// gzip); xlsx and docx are zip files already and are left as they are.
/// </summary>
public static class PortalCaching
{
    private const string StampItem = "lantu.stamp";

    /// <summary>Compressed types: the defaults (HTML, CSS, JS, JSON, XML) and what the portal also serves as text.</summary>
    private static readonly string[] CompressedTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "text/csv", "application/problem+json"];

    public static IServiceCollection AddPortalCaching(this IServiceCollection services)
    {
        services.AddSingleton<StampWatch>();
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // staff pages (which hold antiforgery tokens) are not compressed, see UsePortalCaching
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = CompressedTypes;
        });
        // Fastest: a page is compressed on every response (the output cache keeps it uncompressed).
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 64L * 1024 * 1024;
            o.DefaultExpirationTimeSpan = TimeSpan.FromMinutes(10); // entries of an old stamp are never looked up again
            o.AddBasePolicy(new StampPolicy());
        });
        return services;
    }

    /// <summary>Compression, then the 304 check, then the output cache (for anonymous public GETs only).</summary>
    public static IApplicationBuilder UsePortalCaching(this IApplicationBuilder app)
    {
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/staff"), a => a.UseResponseCompression());
        app.Use(async (context, next) =>
        {
            if (IsPublicRead(context.Request))
            {
                var stamp = PortalStamp.Read(context.RequestServices.GetRequiredService<LantuSession>());
                context.RequestServices.GetRequiredService<StampWatch>().Saw(stamp);
                var etag = new EntityTagHeaderValue($"\"{stamp}\"", isWeak: true);
                if (Matches(context.Request, etag))
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    context.Response.Headers.ETag = etag.ToString();
                    return;
                }
                context.Items[StampItem] = stamp;
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode == StatusCodes.Status200OK)
                    {
                        context.Response.Headers.ETag = etag.ToString();
                        context.Response.Headers.CacheControl = "no-cache"; // kept by browsers, revalidated each time
                    }
                    return Task.CompletedTask;
                });
            }
            await next();
        });
        app.UseOutputCache();
        return app;
    }

    /// <summary>A read by a visitor (no staff cookie, no credentials) of a page, plan API or download anyone may see.</summary>
    public static bool IsPublicRead(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        if (request.Headers.Authorization.Count > 0 || request.Cookies.ContainsKey("lantu.staff")) return false;
        var path = request.Path;
        return !path.StartsWithSegments("/staff") && !path.StartsWithSegments("/error") && !path.StartsWithSegments("/status")
            && !path.StartsWithSegments("/css") && !path.StartsWithSegments("/js"); // static files have their own headers
    }

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));

    /// <summary>Output caching under the request's stamp: the whole URL, any query, one stamp; only 200s without cookies.</summary>
    private sealed class StampPolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var enabled = context.HttpContext.Items[StampItem] is string;
            context.EnableOutputCaching = enabled;
            context.AllowCacheLookup = enabled;
            context.AllowCacheStorage = enabled;
            context.AllowLocking = enabled;
            if (enabled)
            {
                context.CacheVaryByRules.QueryKeys = "*";
                context.CacheVaryByRules.VaryByValues["stamp"] = (string)context.HttpContext.Items[StampItem]!;
            }
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0) context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Drops the briefly cached catalogue when the stamp moves, so a plan version stored by another process
    /// (a CLI ingest next to `lantu serve`) is what the next page shows, not the version the catalogue still names.</summary>
    private sealed class StampWatch(Microsoft.Extensions.Caching.Memory.IMemoryCache cache)
    {
        private string? _last;

        public void Saw(string stamp)
        {
            var previous = Interlocked.Exchange(ref _last, stamp);
            if (previous is not null && previous != stamp) PlanCatalog.Invalidate(cache);
        }
    }
}
