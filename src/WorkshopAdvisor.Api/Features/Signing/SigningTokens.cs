using System.Security.Cryptography;
using System.Text;

namespace WorkshopAdvisor.Api.Features.Signing;

/// <summary>
/// The secret in a signing link: 32 random bytes, base64url in the URL (43 characters). Only its SHA-256 is
/// stored, so a copy of the database does not give anyone a working link.
/// </summary>
public static class SigningTokens
{
    public const int Length = 43;

    public static (string Token, string Hash) New()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>Whether the text could be a token at all; anything else is refused before the database is asked.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
