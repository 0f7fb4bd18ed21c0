using Lantu.Storage;
using Lantu.Storage.Accounts;

namespace Lantu.Web.Auth;

/// <summary>Records a plan upload in the audit log (page and API).</summary>
public static class AuditPlanUpload
{
    public static void Record(HttpContext http, AuditLog audit, IngestResult result) =>
        audit.Record(http.ToActor(), "plan.upload", $"plan:{result.PlanId}",
            result.VersionNo > 1 ? $"version {result.VersionNo - 1}" : null, $"{result.Outcome}: version {result.VersionNo} 《{result.Title}》");
}
