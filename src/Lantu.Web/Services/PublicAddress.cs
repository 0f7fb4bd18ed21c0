namespace Lantu.Web.Services;

/// <summary>The portal's configured public address (LANTU_PUBLIC_URL): the only base of absolute URLs, so a forged
/// Host header never reaches a redirect or the OpenAPI description (issue 17 item 6).</summary>
public static class PublicAddress
{
    /// <summary>The configured address without a trailing slash; null when none is configured. A value that is not an
    /// absolute http(s) URL stops the portal at start with a message naming it.</summary>
    public static string? Parse(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured)) return null;
        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0)
            throw new ArgumentException($"LANTU_PUBLIC_URL 应为 http(s) 绝对地址（如 https://plans.example.gov.cn），收到“{configured}”");
        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>The path and query of <paramref name="uri"/> (absolute or not), under the public address when one is set.</summary>
    public static string Local(string? publicUrl, string uri)
    {
        var local = Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute.PathAndQuery : uri;
        return (publicUrl ?? "") + local;
    }
}
