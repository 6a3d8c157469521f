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
}
