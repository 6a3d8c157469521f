using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Security;

/// <summary>Password hashing with the framework's PBKDF2 hasher; generated passwords for first start and demo users.</summary>
public static class Passwords
{
    public const int MinimumLength = 10;
    private static readonly PasswordHasher<User> Hasher = new();

    public static void Set(User user, string? password)
    {
        if (password is null || password.Length < MinimumLength)
        {
            throw new InvalidValueException("password", $"must be at least {MinimumLength} characters");
        }
        user.SetPasswordHash(Hasher.HashPassword(user, password));
    }

    public static bool Verify(User user, string password)
    {
        if (string.IsNullOrEmpty(user.PasswordHash))
        {
            return false;
        }
        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
    }

    /// <summary>A random password readable over the phone: no 0/O, 1/l/I.</summary>
    public static string Generate()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 16);
    }
}
