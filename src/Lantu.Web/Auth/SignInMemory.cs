using System.Collections.Concurrent;

namespace Lantu.Web.Auth;

/// <summary>What the process remembers between sign-ins (a singleton; <see cref="SignInService"/> is per request):
/// locks seen recently, answered without a database round trip, and one password-check gate per account.</summary>
public sealed class SignInMemory
{
    public ConcurrentDictionary<string, (DateTime Until, DateTime CheckedAt)> RecentLocks { get; } = new();

    public ConcurrentDictionary<long, SemaphoreSlim> Gates { get; } = new();
}
