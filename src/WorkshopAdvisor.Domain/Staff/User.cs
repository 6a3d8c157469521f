using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.Staff;

/// <summary>A member of staff who signs in. The password hash is made and checked outside the domain.</summary>
public sealed class User : AggregateRoot
{
    private User()
    {
        UserName = string.Empty;
        DisplayName = string.Empty;
        PasswordHash = string.Empty;
    }

    public string UserName { get; private set; }

    public string DisplayName { get; private set; }

    public Role Role { get; private set; }

    public string PasswordHash { get; private set; }

    public bool IsActive { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public StaffRef AsStaff => new(Id, DisplayName);

    public static User Create(string? userName, string? displayName, Role role, DateTime now)
    {
        var name = Text.Required(userName, "userName", 50).ToLowerInvariant();
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new InvalidValueException("userName", "may contain only letters, digits, '.', '-' and '_'");
        }
        var user = new User
        {
            UserName = name,
            DisplayName = Text.Required(displayName, "displayName", 50),
            Role = role,
            IsActive = true,
            CreatedAt = now,
        };
        user.Record("CreateUser", null, role.ToString(), name);
        return user;
    }

    public void SetPasswordHash(string hash)
    {
        PasswordHash = hash;
        Record("SetPassword", null, null);
    }

    public void ChangeRole(Role role)
    {
        var before = Role;
        Role = role;
        Record("ChangeRole", before.ToString(), role.ToString());
    }

    public void Deactivate()
    {
        IsActive = false;
        Record("DeactivateUser", "Active", "Inactive");
    }

    public void Activate()
    {
        IsActive = true;
        Record("ActivateUser", "Inactive", "Active");
    }
}
