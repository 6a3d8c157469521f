using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkshopAdvisor.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.ActorName).HasMaxLength(50);
        builder.Property(a => a.ActorRole).HasMaxLength(20);
        builder.Property(a => a.EntityType).HasMaxLength(40);
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.FromState).HasMaxLength(40);
        builder.Property(a => a.ToState).HasMaxLength(40);
        builder.Property(a => a.Details).HasMaxLength(2000);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

internal sealed class SignatureImageConfiguration : IEntityTypeConfiguration<SignatureImage>
{
    public void Configure(EntityTypeBuilder<SignatureImage> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ContentType).HasMaxLength(20);
    }
}

internal sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(40);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) => builder.Property(k => k.FriendlyName).HasMaxLength(100);
}
