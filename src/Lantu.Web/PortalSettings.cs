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
}
