namespace WorkshopAdvisor.Domain.Customers;

/// <summary>The vehicle classes of the quality-guarantee table (机动车维修管理规定).</summary>
public enum VehicleClass
{
    /// <summary>Cars and dangerous-goods vehicles (汽车、危险货物运输车辆).</summary>
    Car,

    /// <summary>Motorcycles (摩托车).</summary>
    Motorcycle,

    /// <summary>Other motor vehicles (其他机动车).</summary>
    Other,
}
