using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Infrastructure.Persistence.Configurations;

internal sealed class SigningLinkConfiguration : IEntityTypeConfiguration<SigningLink>
{
    public void Configure(EntityTypeBuilder<SigningLink> builder)
    {
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.Property(l => l.ContentHash).HasMaxLength(64);
        builder.Property(l => l.CreatedByName).HasMaxLength(50);
        // The link is found by the hash of the token in its URL, and only by that.
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.RepairOrderId);
        builder.HasOne<RepairOrder>().WithMany().HasForeignKey(l => l.RepairOrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
