using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;

namespace Lantu.Storage.Accounts;

public sealed class AuditEntry
{
    public long Id { get; init; }
    public string At { get; init; } = "";
    public string Actor { get; init; } = "";
    public string? Address { get; init; }
    public string Action { get; init; } = "";
    public string Target { get; init; } = "";
    public string? OldValue { get; init; }
    public string? NewValue { get; init; }
}

/// <summary>The audit log: every write, who, when, from which address, old and new value. Append-only.</summary>
public sealed class AuditLog(LantuSession session)
{
    /// <summary>Records an entry in the caller's transaction (so the write and its record commit together).</summary>
    public static void Record(DbConnection c, DbTransaction? tx, Actor actor, string action, string target, string? oldValue, string? newValue) =>
        c.Execute("INSERT INTO audit_log (at, actor, address, action, target, old_value, new_value) VALUES (@at, @actor, @address, @action, @target, @oldValue, @newValue)",
            new { at = DateTime.UtcNow.ToString("O"), actor = actor.UserName, address = actor.Address, action, target, oldValue, newValue }, tx);

    public void Record(Actor actor, string action, string target, string? oldValue, string? newValue) =>
        session.Read((c, tx) => { Record(c, tx, actor, action, target, oldValue, newValue); return 0; });

    /// <summary>Newest first; optionally only one actor's or one action's entries.</summary>
    public IReadOnlyList<AuditEntry> List(int limit = 500, string? actor = null, string? action = null)
    {
        return session.Query<AuditEntry>("""
            SELECT id, at, actor, address, action, target, old_value, new_value FROM audit_log
            WHERE (@actor IS NULL OR actor = @actor) AND (@action IS NULL OR action = @action)
            ORDER BY id DESC LIMIT @limit
            """, new { actor, action, limit });
    }

    /// <summary>The whole log as CSV (UTF-8 with BOM for Excel), oldest first. Cells that a spreadsheet would run as
    /// a formula are prefixed with an apostrophe.</summary>
    public byte[] Csv()
    {
        var sb = new StringBuilder("\uFEFFid,at,actor,address,action,target,old_value,new_value\r\n");
        foreach (var e in session.Query<AuditEntry>("SELECT id, at, actor, address, action, target, old_value, new_value FROM audit_log ORDER BY id"))
            sb.AppendJoin(',', new[] { e.Id.ToString(CultureInfo.InvariantCulture), e.At, e.Actor, e.Address, e.Action, e.Target, e.OldValue, e.NewValue }.Select(Cell))
                .Append("\r\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    internal static string Cell(string? s)
    {
        if (s is null) return "";
        s = SpreadsheetText.Neutralise(s);
        return s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }
}
