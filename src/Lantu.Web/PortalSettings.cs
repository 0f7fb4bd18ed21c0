namespace Lantu.Web;

/// <summary>How one portal instance runs: which database, which addresses, who the administrator is.</summary>
public sealed class PortalSettings
{
    /// <summary>SQLite file path (or connection string) of the plan database.</summary>
    public required string Database { get; init; }

    /// <summary>Addresses Kestrel listens on, e.g. "http://127.0.0.1:5000" (";"-separated). Null: the host's default.</summary>
    public string? Urls { get; init; }

    /// <summary>The staff administrator. Null: taken from configuration (LANTU_ADMIN_USER / LANTU_ADMIN_PASSWORD);
    /// when neither is set, staff login is off.</summary>
    public string? AdminUser { get; init; }
    public string? AdminPassword { get; init; }

    /// <summary>Largest accepted upload in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 50 * 1024 * 1024;

    /// <summary>Host names the portal answers to (";"-separated, as ASP.NET Core's AllowedHosts); any other Host header
    /// gets 400. Null: configuration LANTU_ALLOWED_HOSTS, else the loopback names only. A deployment sets its own
    /// name(s), e.g. "plans.example.gov.cn".</summary>
    public string? AllowedHosts { get; init; }

    /// <summary>The portal's public address, e.g. "https://plans.example.gov.cn" (configuration LANTU_PUBLIC_URL):
    /// the base of absolute URLs (the OpenAPI servers entry, the login redirect). Null: those stay relative — an
    /// absolute URL is never built from the request's Host header.</summary>
    public string? PublicUrl { get; init; }

    /// <summary>How long reading and parsing one uploaded plan may take before it is stopped (a clear 422).</summary>
    public TimeSpan UploadDeadline { get; init; } = TimeSpan.FromSeconds(120);

    public const string LoopbackHosts = "localhost;127.0.0.1;[::1]";
}
