using WorkshopAdvisor.Api;
using WorkshopAdvisor.Api.Demo;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);
if (args.Contains("--demo-data"))
{
    builder.Configuration["Demo:Seed"] = "true";
}
builder.Services.AddWorkshopAdvisor(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseWorkshopAdvisor();

await app.Services.MigrateDatabaseAsync();
await BootstrapManager.EnsureManagerAsync(app.Services, app.Configuration);
if (app.Configuration.GetValue<bool>("Demo:Seed"))
{
    await DemoData.SeedAsync(app.Services);
}

await app.RunAsync();

/// <summary>Entry point, visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
