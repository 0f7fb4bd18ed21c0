using Microsoft.AspNetCore.Identity;

namespace Lantu.Web.Auth;

/// <summary>Password hashing with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2-HMAC-SHA512,
/// 100 000 iterations, 128-bit salt, format version 3). The hash string is all that is stored.</summary>
public static class Passwords
{
    public const int MinLength = 10, MaxLength = 256;

    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object User = new();

    /// <summary>A hash of a password that is never anyone's, verified when the user name is unknown so that unknown
    /// and known names take the same time.</summary>
    private static readonly Lazy<string> Decoy = new(() => Hasher.HashPassword(User, Guid.NewGuid().ToString("N")));

    /// <summary>Null when the password is acceptable, else why not (in Chinese, for people).</summary>
    public static string? Problem(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength) return $"密码至少需要 {MinLength} 个字符";
        if (password.Length > MaxLength) return $"密码最多 {MaxLength} 个字符";
        if (password.Distinct().Count() < 4) return "密码过于简单";
        return null;
    }

    public static string Hash(string password)
    {
        if (Problem(password) is { } why) throw new ArgumentException(why);
        return Hasher.HashPassword(User, password);
    }

    /// <summary>True when the password matches; <paramref name="rehash"/> is a new hash when the stored one uses
    /// weaker parameters than today's.</summary>
    public static bool Verify(string hash, string password, out string? rehash)
    {
        rehash = null;
        if (password.Length > MaxLength) return false;
        PasswordVerificationResult result;
        try { result = Hasher.VerifyHashedPassword(User, hash, password); }
        catch (FormatException) { return false; }
        if (result == PasswordVerificationResult.SuccessRehashNeeded) rehash = Hasher.HashPassword(User, password);
        return result != PasswordVerificationResult.Failed;
    }

    public static void VerifyDecoy(string password) => Verify(Decoy.Value, password.Length > MaxLength ? "" : password, out _);
}
