using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkshopAdvisor.Domain.Customers;

namespace WorkshopAdvisor.Infrastructure.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Address).HasMaxLength(300);
        builder.Property(c => c.PurchaseReason).HasMaxLength(1000);
        builder.Property(c => c.Promises).HasMaxLength(2000);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.Ignore(c => c.PrimaryPhone);
        builder.Ignore(c => c.RecordedChanges);
        builder.HasIndex(c => c.Name);
        builder.HasIndex(c => c.NextCareContactAt);
        builder.OwnsMany(c => c.Phones, phone =>
        {
            phone.ToTable("CustomerPhones");
            phone.WithOwner().HasForeignKey("CustomerId");
            phone.Property<int>("Id");
            phone.HasKey("Id");
            phone.Property(p => p.Number).HasMaxLength(20);
            phone.HasIndex(p => p.Number);
        });
    }
}
