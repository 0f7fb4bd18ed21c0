using System.Threading.RateLimiting;

namespace Lantu.Web.Auth;

/// <summary>
/// Failed sign-ins are rate-limited per client address and per account name with the rate limiter of ASP.NET Core
/// (System.Threading.RateLimiting token buckets): each failure takes a token, an empty bucket refuses the next attempt
/// before any password is hashed, tokens come back slowly. Password hashing itself goes through one gate (at most
/// half the cores hash at once; waiting is asynchronous and bounded), so a stream of guesses can neither occupy the
/// thread pool nor every core, and other users' pages keep their speed (issue 17 item 8).
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    /// <summary>Failures allowed in a burst from one address / against one name, then one more per period.</summary>
    public const int AddressBurst = 20, NameBurst = 10;
    public static readonly TimeSpan AddressPeriod = TimeSpan.FromSeconds(30), NamePeriod = TimeSpan.FromSeconds(60);
    /// <summary>How long a sign-in waits for the hashing gate before it is told the server is busy.</summary>
    public static readonly TimeSpan HashWait = TimeSpan.FromSeconds(5);

    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(key =>
        key.StartsWith("a:", StringComparison.Ordinal)
            ? RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(AddressBurst, AddressPeriod))
            : RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(NameBurst, NamePeriod)));

    private readonly SemaphoreSlim _hashing = new(Math.Max(1, Environment.ProcessorCount / 2));

    private static TokenBucketRateLimiterOptions Bucket(int burst, TimeSpan period) => new()
    {
        TokenLimit = burst, TokensPerPeriod = 1, ReplenishmentPeriod = period, QueueLimit = 0, AutoReplenishment = true,
    };

    private static IEnumerable<string> Keys(string? userName, string? address)
    {
        if (!string.IsNullOrEmpty(address)) yield return "a:" + address;
        if (!string.IsNullOrWhiteSpace(userName)) yield return "n:" + userName.Trim().ToLowerInvariant();
    }

    /// <summary>Whether the address or the name has used up its failures; if so, roughly when to try again.</summary>
    public TimeSpan? Refused(string? userName, string? address)
    {
        foreach (var key in Keys(userName, address))
        {
            if (_failures.GetStatistics(key) is { CurrentAvailablePermits: <= 0 }) return key.StartsWith("a:", StringComparison.Ordinal) ? AddressPeriod : NamePeriod;
        }
        return null;
    }

    /// <summary>A failed sign-in takes one token from the address's and the name's buckets.</summary>
    public void Failed(string? userName, string? address)
    {
        foreach (var key in Keys(userName, address)) _failures.AttemptAcquire(key, 1).Dispose();
    }

    /// <summary>Runs <paramref name="check"/> (which hashes a password) inside the hashing gate; null when the gate
    /// stayed full for <see cref="HashWait"/> or the client went away.</summary>
    public async Task<T?> Hashing<T>(Func<T> check, CancellationToken cancel) where T : class
    {
        try { if (!await _hashing.WaitAsync(HashWait, cancel)) return null; }
        catch (OperationCanceledException) { return null; }
        try { return check(); }
        finally { _hashing.Release(); }
    }

    public void Dispose()
    {
        _failures.Dispose();
        _hashing.Dispose();
    }
}
