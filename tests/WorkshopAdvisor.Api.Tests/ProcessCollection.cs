using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Api.Tests;

/// <summary>
/// The tests that start processes of their own (the API killed and restarted, two instances, a reverse proxy's
/// client, bash and curl on the README): one at a time, after the rest of the suite, so that they neither compete
/// with each other for the machine nor with the hundreds of in-memory tests. Marked [Trait(Category.Name, Category.Process)] too.
/// </summary>
[CollectionDefinition(Category.Process, DisableParallelization = true)]
public sealed class ProcessCollection;
