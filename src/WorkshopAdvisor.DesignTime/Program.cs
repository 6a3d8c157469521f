// The startup project of `dotnet ef`; see db/README.md for the commands. It does nothing when run.
Console.WriteLine("WorkshopAdvisor design-time host: use it with `dotnet ef --startup-project`, see db/README.md.");
