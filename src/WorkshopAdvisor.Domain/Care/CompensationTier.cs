namespace WorkshopAdvisor.Domain.Care;

/// <summary>
/// The steps of the compensation ladder (the seeds' 售后服务流程): who may settle an amount, by the shop's
/// limits in <see cref="CareRules"/>.
/// </summary>
public enum CompensationTier
{
    /// <summary>No compensation offered.</summary>
    None,

    /// <summary>A small amount: the department settles it and reports it to the service manager (及时上报主管经理).</summary>
    Department,

    /// <summary>Beyond the department's authority: the service manager approves it.</summary>
    ServiceManager,

    /// <summary>A large amount: a technician assesses the case first (经鉴定后), then the general manager approves (总经理审核).</summary>
    GeneralManager,
}
