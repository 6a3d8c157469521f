namespace WorkshopAdvisor.Testing.Providers;

/// <summary>
/// A class fixture that is made for one provider and makes its like on another when a test case of that provider
/// first asks (<see cref="ShopFixture"/>: one shop per provider). The per-provider test cases hand each test the
/// fixture of its own provider.
/// </summary>
public interface IProviderFixture
{
    Task<object> OnProviderAsync(DatabaseProvider provider);
}
