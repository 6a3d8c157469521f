using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Infrastructure.Persistence.Configurations;

/// <summary>
/// The repair-order aggregate: the root row holds reception, status and the one-off records (settlement,
/// guarantee, certificate, warranty return); estimate versions, lines and jobs have tables of their own
/// because they are queried across orders; the small lists nobody queries across orders are JSON columns.
/// </summary>
internal sealed class RepairOrderConfiguration : IEntityTypeConfiguration<RepairOrder>
{
    public void Configure(EntityTypeBuilder<RepairOrder> builder)
    {
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.RecordedChanges);
        builder.Ignore(o => o.AllowedActions);
        builder.Ignore(o => o.ContractVersion);
        builder.Ignore(o => o.PendingVersion);
        builder.Ignore(o => o.ContractVersions);
        builder.Ignore(o => o.Category);
        builder.Ignore(o => o.LabourTotal);
        builder.Ignore(o => o.PartsTotal);
        builder.Ignore(o => o.CeilingInForce);
        builder.Ignore(o => o.ExitOdometerKm);
        builder.Ignore(o => o.WorkOrderSigned);
        builder.Ignore(o => o.SignedParticulars);
        builder.Ignore(o => o.DeclinedItems);

        builder.Property(o => o.Number).HasMaxLength(20);
        builder.Property(o => o.CustomerName).HasMaxLength(100);
        builder.Property(o => o.CustomerPhone).HasMaxLength(20);
        builder.Property(o => o.Vin).HasMaxLength(17);
        builder.Property(o => o.Plate).HasMaxLength(10);
        builder.Property(o => o.Model).HasMaxLength(100);
        builder.Property(o => o.AdvisorName).HasMaxLength(50);
        builder.Property(o => o.CustomerDescription).HasMaxLength(2000);
        builder.Property(o => o.CancellationReason).HasMaxLength(500);

        builder.HasIndex(o => o.Number).IsUnique();
        builder.HasIndex(o => new { o.Status, o.AdvisorId });
        builder.HasIndex(o => o.ReceivedAt);
        builder.HasIndex(o => o.Plate);
        builder.HasIndex(o => new { o.VehicleId, o.ReceivedAt });
        builder.HasIndex(o => o.CustomerId);
        builder.HasOne<Vehicle>().WithMany().HasForeignKey(o => o.VehicleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(o => o.Accessories, b => b.ToJson());
        builder.OwnsMany(o => o.DamageNotes, b => b.ToJson());
        builder.OwnsMany(o => o.AccessoriesReturned, b => b.ToJson());
        builder.OwnsOne(o => o.Diagnosis, b => b.ToJson());
        builder.OwnsMany(o => o.ExtraFaults, b => b.ToJson());
        builder.OwnsMany(o => o.DelayNotices, b =>
        {
            b.ToJson();
            b.Ignore(d => d.NotifiedInTime);
        });
        builder.OwnsMany(o => o.Inspections, b =>
        {
            b.ToJson();
            b.OwnsMany(i => i.JobChecks);
        });
        builder.OwnsMany(o => o.Signatures, b =>
        {
            b.ToJson();
            b.Ignore(s => s.IsOverride);
        });

        builder.OwnsOne(o => o.CompletionCertificate, b =>
        {
            b.Property(c => c.Number).HasMaxLength(50);
            b.Property(c => c.InspectorName).HasMaxLength(50);
        });
        builder.OwnsOne(o => o.Settlement, b =>
        {
            b.Property(s => s.Number).HasMaxLength(20);
            b.Property(s => s.PaymentMethod).HasMaxLength(30);
            b.Property(s => s.AcceptedBy).HasMaxLength(50);
            b.Ignore(s => s.Total);
            b.Ignore(s => s.AmountDue);
        });
        builder.OwnsOne(o => o.Guarantee, b =>
        {
            b.Property(g => g.TimeZone).HasMaxLength(64);
            b.Ignore(g => g.EndsAtOdometerKm);
            b.Ignore(g => g.Terms);
        });
        builder.OwnsOne(o => o.DiscountApproval, b =>
        {
            b.Property(d => d.Reason).HasMaxLength(500);
            b.Property(d => d.ApprovedByName).HasMaxLength(50);
        });
        builder.OwnsOne(o => o.WarrantyReturn, b =>
        {
            b.Property(w => w.OriginalOrderNumber).HasMaxLength(20);
            b.Property(w => w.CauseNotes).HasMaxLength(1000);
            b.Property(w => w.CauseAttributedByName).HasMaxLength(50);
            b.Property(w => w.OverrideReason).HasMaxLength(500);
            b.Property(w => w.OverriddenByName).HasMaxLength(50);
            b.Ignore(w => w.Covered);
            b.HasIndex(w => w.OriginalOrderId);
        });

        builder.HasMany(o => o.Estimates).WithOne().HasForeignKey("RepairOrderId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Jobs).WithOne().HasForeignKey("RepairOrderId").OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EstimateVersionConfiguration : IEntityTypeConfiguration<EstimateVersion>
{
    public void Configure(EntityTypeBuilder<EstimateVersion> builder)
    {
        builder.ToTable("EstimateVersions");
        builder.Property<long>("RepairOrderId");
        builder.HasKey("RepairOrderId", nameof(EstimateVersion.Number));
        builder.Property(v => v.Number).ValueGeneratedNever();
        builder.Property(v => v.ContentHash).HasMaxLength(64);
        builder.Property(v => v.IssuedByName).HasMaxLength(50);
        builder.Property(v => v.Notes).HasMaxLength(2000);
        builder.Ignore(v => v.Total);
        builder.Ignore(v => v.PromisedGuarantee);
        builder.OwnsOne(v => v.Decision, d =>
        {
            d.Property(x => x.DecidedBy).HasMaxLength(50);
            d.Property(x => x.RecordedByName).HasMaxLength(50);
            d.Property(x => x.ContentHash).HasMaxLength(64);
            d.Property(x => x.RemoteIpAddress).HasMaxLength(45);
            d.Property(x => x.RemoteUserAgent).HasMaxLength(300);
        });
        builder.HasMany(v => v.Lines).WithOne().HasForeignKey("RepairOrderId", "EstimateVersionNumber").OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EstimateLineConfiguration : IEntityTypeConfiguration<EstimateLine>
{
    public void Configure(EntityTypeBuilder<EstimateLine> builder)
    {
        builder.ToTable("EstimateLines");
        builder.Property<long>("RepairOrderId");
        builder.Property<int>("EstimateVersionNumber");
        builder.HasKey("RepairOrderId", "EstimateVersionNumber", nameof(EstimateLine.Number));
        builder.Property(l => l.Number).ValueGeneratedNever();
        builder.Property(l => l.Description).HasMaxLength(200);
        builder.Property(l => l.PartNumber).HasMaxLength(50);
        builder.Property(l => l.Quantity).HasPrecision(12, 3);
    }
}

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.ToTable("Jobs");
        builder.Property<long>("RepairOrderId");
        builder.HasKey("RepairOrderId", nameof(Job.Number));
        builder.Property(j => j.Number).ValueGeneratedNever();
        builder.Property(j => j.Description).HasMaxLength(200);
        builder.Property(j => j.TechnicianName).HasMaxLength(50);
        builder.Property(j => j.PauseReason).HasMaxLength(200);
        builder.Ignore(j => j.Technician);
        builder.Ignore(j => j.DoneBy);
        builder.HasIndex(j => new { j.TechnicianId, j.Status });
        builder.OwnsMany(j => j.Clocked, b => b.ToJson());
    }
}
