using System.Security.Cryptography;
using System.Text;
using Lantu.Application.Coordination;
using Lantu.Storage;

namespace Lantu.Web.Caching;

/// <summary>
/// The fingerprint of everything a public page or download shows: the coordination <see cref="DataStamp"/> (plans,
/// versions, observations, decisions on links and relations, target revisions) plus what staff change elsewhere —
/// task assignments (updated in place, so their newest write time) and the audit log every staff write appends to.
/// A stored plan version never changes, so a page that is the same under the same stamp can be answered with 304.
/// </summary>
public static class PortalStamp
{
    private const string ExtraSql = """
        SELECT (SELECT COUNT(*) FROM task_assignments), (SELECT MAX(updated_at) FROM task_assignments),
               (SELECT COUNT(*) FROM task_milestones), (SELECT COALESCE(MAX(id), 0) FROM audit_log)
        """;

    /// <summary>A short hex tag of the stamp, for ETags and output-cache keys.</summary>
    public static string Read(LantuSession session)
    {
        var parts = DataStamp.Read(session).ToString();
        var extra = session.QueryFirstOrDefault<(long, string?, long, long)>(ExtraSql);
        var text = $"{parts}|{extra.Item1}|{extra.Item2}|{extra.Item3}|{extra.Item4}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..20];
    }
}
