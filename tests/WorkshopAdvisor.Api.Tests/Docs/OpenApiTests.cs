using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Api.Tests.Docs;

public sealed class OpenApiTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task OpenApiDocument_WithoutSignIn_DescribesTheActionsAndTheBearerScheme()
    {
        var document = await shop.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/repair-orders/{id}/final-inspection", out _));
        Assert.True(paths.TryGetProperty("/repair-orders/{id}/estimates/{version}/decision", out _));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task SwaggerUi_WithoutSignIn_IsServed()
    {
        var response = await shop.Anonymous().GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
