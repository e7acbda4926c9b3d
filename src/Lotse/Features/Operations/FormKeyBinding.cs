using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lotse.Features.Operations;

/// <summary>
/// Lotse's forms post MVC-style keys ("Input.Addresses[0].City"). MVC also reads jQuery-style keys ("a[b][c]") and
/// throws on an unbalanced bracket in any posted field name, which turned a hostile field name into a 500 (found by the
/// fuzz run). Without the jQuery readers such a field is simply not bound and the form's validation answers.
/// </summary>
public static class FormKeyBinding
{
    public static IServiceCollection AddPlainFormKeys(this IServiceCollection services) =>
        services.Configure<MvcOptions>(options =>
        {
            options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
            options.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
        });
}
