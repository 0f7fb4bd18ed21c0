using System.Security.Claims;
using Lantu.Storage.Accounts;

namespace Lantu.Web.Auth;

public enum SignInOutcome { Success, Failed, Locked, Throttled }

public sealed record SignInResult(SignInOutcome Outcome, Account? Account, DateTime? LockedUntil, TimeSpan? RetryAfter = null);

/// <summary>
/// Checks a user name and password against the accounts table, with per-account lockout (AccountStore.MaxFailures
/// failures → AccountStore.LockDuration). A locked account is refused before any hashing, so a password-guessing
/// attack on one account costs the server almost nothing once it is locked and other users are not slowed.
/// Unknown names are verified against a decoy hash, so they take as long as wrong passwords.
/// </summary>
public sealed class SignInService(AccountStore accounts, SignInThrottle throttle, SignInMemory memory)
{
    public const string DepartmentClaim = "lantu:department", IdClaim = "lantu:id", StampClaim = "lantu:stamp", DisplayClaim = "lantu:display";

    public AccountStore Accounts => accounts;

    /// <summary>Checks a sign-in: refused cheaply when the account is known to be locked or the address or name has
    /// failed too often (<see cref="SignInThrottle"/>); otherwise the password is hashed inside the hashing gate.</summary>
    public async Task<SignInResult> CheckAsync(string? userName, string? password, string? address, CancellationToken cancel = default)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)) return new(SignInOutcome.Failed, null, null);
        // A lock this process saw recently is answered from memory (no database round trip, no hashing), so an
        // attack on a locked account costs next to nothing. Re-read after a few seconds: the database decides.
        if (RecentLocks.TryGetValue(userName.Trim(), out var seen) && seen.CheckedAt > DateTime.UtcNow - RecheckAfter && seen.Until > DateTime.UtcNow)
            return new(SignInOutcome.Locked, null, seen.Until);
        if (throttle.Refused(userName, address) is { } wait) return new(SignInOutcome.Throttled, null, null, wait);
        var result = await throttle.Hashing(() => CheckAccount(userName, password, address), cancel)
                     ?? new SignInResult(SignInOutcome.Throttled, null, null, SignInThrottle.HashWait);
        if (result.Outcome == SignInOutcome.Failed) throttle.Failed(userName, address);
        if (result is { Outcome: SignInOutcome.Locked, Account: { } locked, LockedUntil: { } until })
            RecentLocks[locked.UserName] = (until, DateTime.UtcNow);
        else if (result.Account is { } a) RecentLocks.TryRemove(a.UserName, out _);
        return result;
    }

    private static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(5);
    private System.Collections.Concurrent.ConcurrentDictionary<string, (DateTime Until, DateTime CheckedAt)> RecentLocks => memory.RecentLocks;

    /// <summary>Forgets what this process remembers about a lock (after an administrator's reset here).</summary>
    public void Forget(string userName) => RecentLocks.TryRemove(userName.Trim(), out _);

    private SignInResult CheckAccount(string userName, string password, string? address)
    {
        var account = userName.Length > 64 ? null : Accounts.Find(userName.Trim());
        if (account is null || account.Disabled)
        {
            Passwords.VerifyDecoy(password);
            return new(SignInOutcome.Failed, null, null);
        }
        if (account.IsLocked(DateTime.UtcNow)) return new(SignInOutcome.Locked, account, account.LockedUntilUtc);
        // One password check at a time per account: parallel guesses against one account cannot overshoot the
        // failure limit or occupy more than one core with hashing; they wait, then mostly find the account locked.
        var gate = Gates.GetOrAdd(account.Id, _ => new SemaphoreSlim(1, 1));
        gate.Wait();
        try
        {
            account = Accounts.Get(account.Id);
            if (account is null || account.Disabled) return new(SignInOutcome.Failed, null, null);
            if (account.IsLocked(DateTime.UtcNow)) return new(SignInOutcome.Locked, account, account.LockedUntilUtc);
            return CheckPassword(account, password, address);
        }
        finally { gate.Release(); }
    }

    private System.Collections.Concurrent.ConcurrentDictionary<long, SemaphoreSlim> Gates => memory.Gates;

    private SignInResult CheckPassword(Account account, string password, string? address)
    {
        var from = new Actor(account.UserName, account.Role, account.Department, address);
        if (!Passwords.Verify(account.PasswordHash, password, out var rehash))
        {
            var until = Accounts.RecordFailure(account, from);
            return until is null ? new(SignInOutcome.Failed, account, null) : new(SignInOutcome.Locked, account, until);
        }
        Accounts.RecordSuccess(account);
        if (rehash is not null) Accounts.Rehash(account, rehash);
        return new(SignInOutcome.Success, account, null);
    }

    public static ClaimsIdentity Identity(Account a, string scheme) => new(
    [
        new Claim(ClaimTypes.Name, a.UserName),
        new Claim(ClaimTypes.Role, a.Role),
        new Claim(IdClaim, a.Id.ToString()),
        new Claim(StampClaim, a.SecurityStamp),
        new Claim(DisplayClaim, a.DisplayName),
        .. a.Department is null ? Array.Empty<Claim>() : [new Claim(DepartmentClaim, a.Department)],
    ], scheme);
}

/// <summary>The signed-in account as a workflow <see cref="Actor"/> (permission checks and the audit log).</summary>
public static class StaffActor
{
    public static Actor ToActor(this HttpContext http)
    {
        var u = http.User;
        if (u.Identity?.IsAuthenticated != true) throw new AccessDeniedException("需要登录");
        return new Actor(u.Identity.Name!, u.FindFirstValue(ClaimTypes.Role) ?? Roles.Viewer, u.FindFirstValue(SignInService.DepartmentClaim),
            http.Connection.RemoteIpAddress?.ToString() ?? "test");
    }
}
