using System.Globalization;

namespace Lantu.Web.Services;

/// <summary>
/// Every numeric query parameter the portal knows (year, quarter, limit, page) is checked once, before routing: a
/// value that is not a whole number in its range is a 400 — problem+json for the API and the open data, the 400 page
/// for people — so no endpoint or page ever computes with year 2147483647 (issue 17 item 5).
/// </summary>
public static class QueryRanges
{
    public const int MinYear = 1900, MaxYear = 2200;

    private static readonly Dictionary<string, (int Min, int Max, string What)> Ranges = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = (MinYear, MaxYear, "年份"),
        ["quarter"] = (0, 4, "季度"),
        ["limit"] = (1, 10_000, "条数上限"),
        ["page"] = (1, 1_000_000, "页码"),
        ["p"] = (1, 1_000_000, "页码"),
    };

    /// <summary>The first out-of-range parameter, as a message naming it; null when all are fine.</summary>
    public static string? Problem(IQueryCollection query)
    {
        foreach (var (name, values) in query)
        {
            if (!Ranges.TryGetValue(name, out var range)) continue;
            foreach (var value in values)
            {
                if (string.IsNullOrWhiteSpace(value)) continue;
                if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n < range.Min || n > range.Max)
                    return $"参数 {name}（{range.What}）应为 {range.Min}–{range.Max} 之间的整数，收到“{Shorten(value!)}”";
            }
        }
        return null;
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;

    /// <summary>The middleware: 400 before anything else runs.</summary>
    public static IApplicationBuilder UseQueryRanges(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The status page is re-executed with the original query string: let it through.
        if (context.Request.Path.StartsWithSegments("/status") || Problem(context.Request.Query) is not { } problem) { await next(); return; }
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/data"))
        {
            await Results.Problem(title: "查询参数无效", detail: problem, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
            return;
        }
        context.Items[nameof(QueryRanges)] = problem;
        context.Response.StatusCode = StatusCodes.Status400BadRequest; // the 400 page (status code pages)
    });
}
