using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Care;

namespace WorkshopAdvisor.Infrastructure.Persistence.Configurations;

/// <summary>
/// Customer care. The unique keys are what make "nothing twice" hold even when two runs race: one revisit
/// call per handed-over order and offset, one follow-up call per complaint, one escalation per complaint and
/// kind, one alert per key (an order's promise, a complaint's escalation), one timer per kind, subject and time.
/// </summary>
internal sealed class RevisitCallConfiguration : IEntityTypeConfiguration<RevisitCall>
{
    public void Configure(EntityTypeBuilder<RevisitCall> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.RecordedChanges);
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.ProposesWarrantyReturn);
        builder.Ignore(c => c.ComplaintProblemUnsolved);
        builder.Property(c => c.OrderNumber).HasMaxLength(20);
        builder.Property(c => c.CustomerName).HasMaxLength(100);
        builder.Property(c => c.CustomerPhone).HasMaxLength(20);
        builder.Property(c => c.Plate).HasMaxLength(10);
        builder.Property(c => c.AdvisorName).HasMaxLength(50);
        builder.Property(c => c.AgentName).HasMaxLength(50);
        builder.Property(c => c.Remarks).HasMaxLength(2000);
        builder.Property(c => c.CancellationReason).HasMaxLength(500);
        // After handover, one call per order and offset; calls after complaints may share an order (two
        // complaints about one visit), and are held to one per complaint instead.
        builder.HasIndex(c => new { c.OrderId, c.Offset }).IsUnique().HasFilter("\"Purpose\" = 'AfterHandover'");
        builder.HasIndex(c => c.ComplaintId).IsUnique();
        builder.HasIndex(c => c.OrderId);
        builder.HasIndex(c => new { c.Status, c.DueAt });
        builder.HasIndex(c => new { c.AgentId, c.Status, c.DueAt });
        builder.HasIndex(c => c.ClosedAt);
        builder.HasOne<RepairOrder>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Complaint>().WithMany().HasForeignKey(c => c.ComplaintId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.RecordedChanges);
        builder.Ignore(c => c.CurrentDeadline);
        builder.Ignore(c => c.State);
        builder.Ignore(c => c.CompensationToReport);
        builder.Property(c => c.CustomerName).HasMaxLength(100);
        builder.Property(c => c.CustomerPhone).HasMaxLength(20);
        builder.Property(c => c.OrderNumber).HasMaxLength(20);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.OpenedByName).HasMaxLength(50);
        builder.Property(c => c.ProposedSolution).HasMaxLength(2000);
        builder.Property(c => c.CompensationDecisionNote).HasMaxLength(1000);
        builder.Property(c => c.AssessmentFindings).HasMaxLength(2000);
        builder.Property(c => c.AssessedByName).HasMaxLength(50);
        builder.Property(c => c.OwnerName).HasMaxLength(50);
        builder.Property(c => c.Outcome).HasMaxLength(2000);
        builder.HasIndex(c => new { c.Status, c.SolutionDueAt });
        builder.HasIndex(c => c.CustomerId);
        builder.HasIndex(c => c.OpenedAt);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(c => c.Steps, b =>
        {
            b.ToJson();
            b.Property(s => s.ByName).HasMaxLength(50);
        });
        builder.OwnsMany(c => c.Escalations, b =>
        {
            b.ToTable("ComplaintEscalations");
            b.WithOwner().HasForeignKey("ComplaintId");
            b.Property<long>("Id");
            b.HasKey("Id");
            b.Property(e => e.Reason).HasMaxLength(500);
            b.Property(e => e.OwnerName).HasMaxLength(50);
            b.HasIndex("ComplaintId", nameof(ComplaintEscalation.Kind)).IsUnique();
        });
        builder.Navigation(c => c.Escalations).AutoInclude();
    }
}

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.RecordedChanges);
        builder.Property(a => a.Key).HasMaxLength(200);
        builder.Property(a => a.SubjectType).HasMaxLength(40);
        builder.Property(a => a.Message).HasMaxLength(1000);
        builder.HasIndex(a => a.Key).IsUnique();
        builder.HasIndex(a => new { a.RecipientId, a.AcknowledgedAt, a.RaisedAt });
    }
}

internal sealed class CareContactConfiguration : IEntityTypeConfiguration<CareContact>
{
    public void Configure(EntityTypeBuilder<CareContact> builder)
    {
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.Property(c => c.ByName).HasMaxLength(50);
        builder.HasIndex(c => new { c.CustomerId, c.At });
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CareTimerConfiguration : IEntityTypeConfiguration<CareTimer>
{
    public void Configure(EntityTypeBuilder<CareTimer> builder)
    {
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.TriggerName);
        builder.Property(t => t.LastError).HasMaxLength(1000);
        builder.Property(t => t.Outcome).HasMaxLength(500);
        builder.HasIndex(t => new { t.Kind, t.SubjectId, t.DueAt }).IsUnique();
        builder.HasIndex(t => new { t.State, t.DueAt });
        // The sweep's question: pending timers without a wake-up, among years of done ones.
        builder.HasIndex(t => new { t.State, t.WakeUpScheduledAt });
    }
}
