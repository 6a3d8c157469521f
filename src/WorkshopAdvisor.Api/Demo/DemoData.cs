namespace WorkshopAdvisor.Api.Demo;

public static class DemoData
{
    public static Task SeedAsync(IServiceProvider services) => Task.CompletedTask;
}
