using WorkshopAdvisor.Api;
using WorkshopAdvisor.Api.Demo;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Api.Operations;

// --demo-data is a switch of ours, not a configuration key: it is taken out before the host reads the arguments,
// where it would take the next argument as its value ("--demo-data --urls X" would lose the --urls).
var demo = args.Contains(DemoShop.Switch);
var builder = WebApplication.CreateBuilder([.. args.Where(a => a != DemoShop.Switch)]);
if (demo)
{
    DemoShop.Configure(builder.Configuration);
}
builder.Services.AddWorkshopAdvisor(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseWorkshopAdvisor();

if (demo)
{
    DemoShop.StartAfresh(app.Services);
}
await StartupReport.MigrateAsync(app.Services);
await BootstrapManager.EnsureManagerAsync(app.Services, app.Configuration);
if (app.Configuration.GetValue<bool>("Demo:Seed"))
{
    await DemoData.SeedAsync(app.Services);
}

await app.RunAsync();

/// <summary>Entry point, visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
