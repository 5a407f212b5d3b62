using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace TechPact.Scenarios.Reports.Html;

/// <summary>A report page from its Razor component, rendered to static HTML by Blazor's
/// <see cref="HtmlRenderer"/>: the template engine encodes every value it writes for where it writes it
/// (text or attribute), so no report builds markup out of strings.</summary>
internal static class HtmlPages
{
    /// <summary>Encodes what HTML needs encoded (&lt; &amp; " ' …) and leaves the rest of Unicode as it is,
    /// so "Türkiye – 0.8" stays readable in the page's source.</summary>
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    /// <summary>The page <typeparamref name="TPage"/> shows for <paramref name="model"/> (its <c>Model</c> parameter).</summary>
    /// <remarks>The components render synchronously (nothing in them awaits), so this completes on the
    /// calling thread; callers that are synchronous (a CLI verb writing its files) stay so.</remarks>
    public static string Render<TPage, TModel>(TModel model) where TPage : IComponent
    {
        using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
        return renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<TPage>(parameters)).ToHtmlString())
            .GetAwaiter().GetResult();
    }
}
