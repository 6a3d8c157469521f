using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Infrastructure.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.Ignore(u => u.RecordedChanges);
        builder.Ignore(u => u.AsStaff);
        builder.Property(u => u.UserName).HasMaxLength(50);
        builder.Property(u => u.DisplayName).HasMaxLength(50);
        builder.Property(u => u.PasswordHash).HasMaxLength(200);
        builder.HasIndex(u => u.UserName).IsUnique();
    }
}
