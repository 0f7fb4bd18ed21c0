using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Lantu.Storage.Accounts;

public sealed class Account
{
    public long Id { get; init; }
    public string UserName { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Role { get; init; } = "";
    public string? Department { get; init; }
    public string PasswordHash { get; init; } = "";
    public string SecurityStamp { get; init; } = "";
    public int FailedLogins { get; init; }
    public string? LockedUntil { get; init; }
    public bool Disabled { get; init; }
    public string CreatedAt { get; init; } = "";

    public DateTime? LockedUntilUtc => LockedUntil is null ? null : DateTime.Parse(LockedUntil, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    public bool IsLocked(DateTime nowUtc) => LockedUntilUtc is { } u && u > nowUtc;
}

/// <summary>
/// Staff accounts and departments. Passwords arrive hashed (the web layer owns the hasher); this store never sees
/// a password. Every change is recorded in the audit log in the same transaction. Lockout: <see cref="MaxFailures"/>
/// wrong passwords in a row lock the account for <see cref="LockDuration"/>, counted atomically in the database so
/// concurrent attempts cannot slip past the limit, and per account, so other users are unaffected.
/// </summary>
public sealed class AccountStore(LantuSession session)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(15);

    private const string Select = """
        SELECT a.id, a.user_name, a.display_name, a.role, d.name AS department, a.password_hash, a.security_stamp,
               a.failed_logins, a.locked_until, a.disabled, a.created_at
        FROM accounts a LEFT JOIN departments d ON d.id = a.department_id
        """;

    public Account? Find(string userName) =>
        session.QuerySingleOrDefault<Account>(Select + " WHERE a.user_name = @userName", new { userName });

    public Account? Get(long id) =>
        session.QuerySingleOrDefault<Account>(Select + " WHERE a.id = @id", new { id });

    public IReadOnlyList<Account> List() =>
        session.Query<Account>(Select + " ORDER BY a.id").ToList();

    public bool AnyAdministrator() =>
        session.ExecuteScalar<long>("SELECT COUNT(*) FROM accounts WHERE role = @role AND disabled = 0", new { role = Roles.Admin }) > 0;

    public bool Any() =>
        session.ExecuteScalar<long>("SELECT COUNT(*) FROM accounts") > 0;

    public IReadOnlyList<string> Departments()
    {
        // Sorted here, not by ORDER BY: PostgreSQL sorts text by the server's collation (pinyin on a Chinese one), SQLite by code point.
        return session.Query<string>("SELECT name FROM departments").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Adds a department (idempotent). Planners and administrators.</summary>
    public void AddDepartment(Actor actor, string name)
    {
        Require(actor, Roles.Admin, Roles.Planner);
        session.Write((c, tx) =>
        {
            if (DepartmentId(c, tx, name, create: false) is null)
            {
                DepartmentId(c, tx, name, create: true);
                AuditLog.Record(c, tx, actor, "department.add", $"department:{name.Trim()}", null, name.Trim());
            }
        });
    }

    internal static long? DepartmentId(DbConnection c, DbTransaction tx, string name, bool create)
    {
        var n = CheckText(name, "部门名称", 100);
        var id = c.ExecuteScalar<long?>("SELECT id FROM departments WHERE name = @n", new { n }, tx);
        if (id is not null || !create) return id;
        c.Execute("INSERT INTO departments (name, created_at) VALUES (@n, @now)", new { n, now = Now() }, tx);
        return c.ExecuteScalar<long>("SELECT id FROM departments WHERE name = @n", new { n }, tx);
    }

    /// <summary>Creates an account. A reporter needs a department (created if new).</summary>
    public Account Create(Actor actor, string userName, string displayName, string role, string? department, string passwordHash)
    {
        Require(actor, Roles.Admin);
        var name = CheckText(userName, "用户名", 64);
        role = Roles.Parse(role);
        if (role == Roles.Reporter && string.IsNullOrWhiteSpace(department))
            throw new ArgumentException("部门填报员必须指定所属部门（--department）");
        session.Write((c, tx) =>
        {
            if (c.ExecuteScalar<long>("SELECT COUNT(*) FROM accounts WHERE user_name = @name", new { name }, tx) > 0)
                throw new ArgumentException($"用户名“{name}”已存在");
            var departmentId = string.IsNullOrWhiteSpace(department) ? null : DepartmentId(c, tx, department, create: true);
            c.Execute("""
                INSERT INTO accounts (user_name, display_name, role, department_id, password_hash, security_stamp, failed_logins, disabled, created_at, updated_at)
                VALUES (@name, @display, @role, @departmentId, @passwordHash, @stamp, 0, 0, @now, @now)
                """, new { name, display = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim(), role, departmentId, passwordHash, stamp = NewStamp(), now = Now() }, tx);
            AuditLog.Record(c, tx, actor, "account.add", $"account:{name}", null, Describe(role, department));
        });
        return Find(name)!;
    }

    /// <summary>Changes an account's role (and department); its open sessions end.</summary>
    public Account SetRole(Actor actor, string userName, string role, string? department)
    {
        Require(actor, Roles.Admin);
        role = Roles.Parse(role);
        var before = Find(userName) ?? throw new ArgumentException($"没有用户“{userName}”");
        var dept = string.IsNullOrWhiteSpace(department) ? (role == Roles.Reporter ? before.Department : null) : department.Trim();
        if (role == Roles.Reporter && dept is null) throw new ArgumentException("部门填报员必须指定所属部门（--department）");
        if (before.Role == Roles.Admin && role != Roles.Admin && AdministratorCount() <= 1)
            throw new ArgumentException("不能取消最后一个管理员的管理员角色");
        session.Write((c, tx) =>
        {
            var departmentId = dept is null ? null : DepartmentId(c, tx, dept, create: true);
            c.Execute("UPDATE accounts SET role = @role, department_id = @departmentId, security_stamp = @stamp, updated_at = @now WHERE id = @id",
                new { role, departmentId, stamp = NewStamp(), now = Now(), id = before.Id }, tx);
            AuditLog.Record(c, tx, actor, "account.role", $"account:{before.UserName}", Describe(before.Role, before.Department), Describe(role, dept));
        });
        return Find(userName)!;
    }

    /// <summary>Sets a new password hash, clears any lockout and ends the account's open sessions.</summary>
    public void SetPassword(Actor actor, string userName, string passwordHash)
    {
        Require(actor, Roles.Admin);
        var before = Find(userName) ?? throw new ArgumentException($"没有用户“{userName}”");
        session.Write((c, tx) =>
        {
            c.Execute("UPDATE accounts SET password_hash = @passwordHash, security_stamp = @stamp, failed_logins = 0, locked_until = NULL, updated_at = @now WHERE id = @id",
                new { passwordHash, stamp = NewStamp(), now = Now(), id = before.Id }, tx);
            AuditLog.Record(c, tx, actor, "account.reset", $"account:{before.UserName}", before.IsLocked(DateTime.UtcNow) ? "locked" : null, "password reset");
        });
    }

    /// <summary>Logout: a new security stamp, so every session ticket issued before (a copied cookie too) is refused
    /// on its next request.</summary>
    public void EndSessions(long accountId) =>
        session.Execute("UPDATE accounts SET security_stamp = @stamp, updated_at = @now WHERE id = @id", new { stamp = NewStamp(), now = Now(), id = accountId });

    /// <summary>Enables or disables an account (disabled accounts cannot log in; sessions end).</summary>
    public void SetDisabled(Actor actor, string userName, bool disabled)
    {
        Require(actor, Roles.Admin);
        var before = Find(userName) ?? throw new ArgumentException($"没有用户“{userName}”");
        session.Write((c, tx) =>
        {
            c.Execute("UPDATE accounts SET disabled = @d, security_stamp = @stamp, updated_at = @now WHERE id = @id",
                new { d = disabled ? 1 : 0, stamp = NewStamp(), now = Now(), id = before.Id }, tx);
            AuditLog.Record(c, tx, actor, disabled ? "account.disable" : "account.enable", $"account:{before.UserName}", before.Disabled ? "disabled" : "enabled", disabled ? "disabled" : "enabled");
        });
    }

    /// <summary>A wrong password: counts it atomically; the failure that reaches <see cref="MaxFailures"/> locks the
    /// account and is audited. Returns the lock's end when this failure locked it.</summary>
    public DateTime? RecordFailure(Account account, Actor from)
    {
        var until = DateTime.UtcNow + LockDuration;
        var locked = session.Write((c, tx) =>
        {
            // Attempts that were already under way when another one locked the account do not count again (no
            // re-lock, no second audit entry): the update applies only while the account is not locked.
            var locked = c.ExecuteScalar<long?>("""
                UPDATE accounts SET
                    locked_until = CASE WHEN failed_logins + 1 >= @max THEN @until ELSE locked_until END,
                    failed_logins = CASE WHEN failed_logins + 1 >= @max THEN 0 ELSE failed_logins + 1 END
                WHERE id = @id AND (locked_until IS NULL OR locked_until <= @now)
                RETURNING CASE WHEN locked_until = @until THEN 1 ELSE 0 END
                """, new { max = MaxFailures, until = until.ToString("O"), now = DateTime.UtcNow.ToString("O"), id = account.Id }, tx) == 1;
            if (locked) AuditLog.Record(c, tx, from, "account.locked", $"account:{account.UserName}", null, $"locked until {until:O} after {MaxFailures} failed logins");
            return locked;
        });
        return locked ? until : null;
    }

    /// <summary>A correct password: the failure count starts again (no write when it is already zero).</summary>
    public void RecordSuccess(Account account)
    {
        if (account.FailedLogins == 0 && account.LockedUntil is null) return;
        session.Execute("UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = @id", new { id = account.Id });
    }

    /// <summary>Replaces the hash after the hasher asked for a rehash (stronger parameters); not audited, no new stamp.</summary>
    public void Rehash(Account account, string passwordHash) =>
        session.Execute("UPDATE accounts SET password_hash = @passwordHash WHERE id = @id", new { passwordHash, id = account.Id });

    private int AdministratorCount() =>
        session.ExecuteScalar<int>("SELECT COUNT(*) FROM accounts WHERE role = @role AND disabled = 0", new { role = Roles.Admin });

    public static void Require(Actor actor, params string[] roles)
    {
        if (!actor.Is(roles))
            throw new AccessDeniedException($"角色“{Roles.Label(actor.Role)}”无权执行此操作（需要 {string.Join("、", roles.Select(Roles.Label))}）");
    }

    /// <summary>Trimmed text of bounded length without control characters (names are shown in pages, logs and CSV).</summary>
    public static string CheckText(string? text, string what, int max)
    {
        var t = text?.Trim() ?? "";
        if (t.Length == 0) throw new ArgumentException($"{what}不能为空");
        if (t.Length > max) throw new ArgumentException($"{what}过长（最多 {max} 个字符）");
        if (t.Any(char.IsControl)) throw new ArgumentException($"{what}不能包含控制字符");
        return t;
    }

    private static string Describe(string role, string? department) => department is null ? role : $"{role} ({department})";
    internal static string Now() => DateTime.UtcNow.ToString("O");
    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
