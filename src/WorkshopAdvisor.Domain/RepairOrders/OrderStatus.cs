namespace WorkshopAdvisor.Domain.RepairOrders;

public enum OrderStatus
{
    /// <summary>接车: the car is in, reception recorded; diagnosis and estimate follow.</summary>
    Received,

    /// <summary>待确认: an estimate version waits for the customer's decision.</summary>
    AwaitingApproval,

    /// <summary>客户拒绝: the customer declined every line; revise the estimate or cancel.</summary>
    EstimateDeclined,

    /// <summary>已确认: the approved version is the work order; jobs wait to be started.</summary>
    Approved,

    /// <summary>维修中: work has started in the workshop.</summary>
    InProgress,

    /// <summary>待总检: every job is done; final inspection next.</summary>
    AwaitingInspection,

    /// <summary>待交车: inspection passed.</summary>
    ReadyForHandover,

    /// <summary>已交车: settled and handed back; the guarantee runs.</summary>
    HandedOver,

    /// <summary>已取消: closed without work.</summary>
    Cancelled,
}
