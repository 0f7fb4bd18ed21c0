using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Staff;

/// <summary>The audit log (newest first) and its CSV export (/staff/audit?handler=csv). Administrators and reviewers.</summary>
[Authorize(Policy = StaffPolicies.Audit)]
public sealed class AuditModel(AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public void OnGet() => Entries = audit.List(500, string.IsNullOrWhiteSpace(Actor) ? null : Actor.Trim(), string.IsNullOrWhiteSpace(Action) ? null : Action.Trim());

    public IActionResult OnGetCsv() => File(audit.Csv(), "text/csv; charset=utf-8", $"lantu-audit-{DateTime.UtcNow:yyyyMMdd}.csv");
}
