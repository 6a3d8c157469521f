using Riok.Mapperly.Abstractions;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Features.Users;

/// <summary>Staff account → response; the password hash has no member to land in.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class UserMapper
{
    public static partial UserResponse ToResponse(this User user);

    public static partial IQueryable<UserResponse> ProjectToResponse(this IQueryable<User> users);
}
