using System.Security.Cryptography;
using System.Text;

namespace Lantu.Web.Services;

/// <summary>The one configured administrator, until accounts exist. No default password: unset means login is off.</summary>
public sealed class AdminAccount(string? user, string? password)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(user) && !string.IsNullOrEmpty(password);

    public bool Verify(string? candidateUser, string? candidatePassword)
    {
        if (!IsConfigured || candidateUser is null || candidatePassword is null) return false;
        // Compare fixed-length digests in constant time so neither length nor content leaks through timing.
        var userOk = CryptographicOperations.FixedTimeEquals(Digest(candidateUser), Digest(user!));
        var passwordOk = CryptographicOperations.FixedTimeEquals(Digest(candidatePassword), Digest(password!));
        return userOk & passwordOk;
    }

    public string UserName => user ?? "";

    private static byte[] Digest(string s) => SHA256.HashData(Encoding.UTF8.GetBytes(s));
}
