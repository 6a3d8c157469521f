using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkshopAdvisor.Domain.Customers;

namespace WorkshopAdvisor.Infrastructure.Persistence.Configurations;

internal sealed class VehicleConfiguration : IEntityTypeConfiguration<Vehicle>
{
    public void Configure(EntityTypeBuilder<Vehicle> builder)
    {
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Ignore(v => v.RecordedChanges);
        builder.Property(v => v.Vin).HasMaxLength(17);
        builder.Property(v => v.Plate).HasMaxLength(10);
        builder.Property(v => v.Model).HasMaxLength(100);
        builder.Property(v => v.EngineNumber).HasMaxLength(40);
        builder.HasIndex(v => v.Vin).IsUnique();
        builder.HasIndex(v => v.Plate).IsUnique();
        builder.HasIndex(v => v.CustomerId);
        builder.HasOne<Customer>().WithMany().HasForeignKey(v => v.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
