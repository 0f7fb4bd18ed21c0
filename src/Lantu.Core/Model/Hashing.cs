using System.Security.Cryptography;
using System.Text;

namespace Lantu.Core.Model;

internal static class Hashing
{
    public static string Sha256Hex(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
