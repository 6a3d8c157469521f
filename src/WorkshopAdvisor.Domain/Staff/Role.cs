namespace WorkshopAdvisor.Domain.Staff;

public enum Role
{
    /// <summary>服务顾问</summary>
    Advisor,

    /// <summary>维修技师</summary>
    Technician,

    /// <summary>质检员 / 总检</summary>
    Inspector,

    /// <summary>车间主管 / 调度</summary>
    Foreman,

    /// <summary>回访专员 / 客服</summary>
    CareAgent,

    /// <summary>服务经理</summary>
    Manager,

    /// <summary>总经理: above the service manager; approves the largest compensation, after a technician's assessment.</summary>
    GeneralManager,
}

public static class RoleRanks
{
    /// <summary>The service manager and those above: who answers an escalated complaint and approves what is beyond an advisor.</summary>
    public static bool IsServiceManagerOrAbove(this Role role) => role is Role.Manager or Role.GeneralManager;
}
