using System.Text;
using Microsoft.Net.Http.Headers;
using WebMarkupMin.Core;

namespace Lotse.Features.Operations;

/// <summary>
/// Razor writes the indentation of its templates into every page: a third of a result page is blank
/// space. Pages are minified (whitespace between blocks and comments only; attributes, quotes and end
/// tags stay) so that a result page stays small for visitors on slow or paid mobile connections.
/// </summary>
public static class HtmlMinification
{
    private static readonly HtmlMinificationSettings Settings = new()
    {
        WhitespaceMinificationMode = WhitespaceMinificationMode.Medium,
        RemoveHtmlComments = true,
        AttributeQuotesRemovalMode = HtmlAttributeQuotesRemovalMode.KeepQuotes,
        RemoveOptionalEndTags = false,
        RemoveRedundantAttributes = false,
        RemoveEmptyAttributes = false,
        CollapseBooleanAttributes = false,
        MinifyInlineJsCode = false,
        MinifyEmbeddedCssCode = false,
        MinifyInlineCssCode = false,
        MinifyEmbeddedJsonData = false,
    };

    public static IServiceCollection AddHtmlMinification(this IServiceCollection services) =>
        services.AddSingleton(_ => new HtmlMinifier(Settings));

    public static IApplicationBuilder UseHtmlMinification(this IApplicationBuilder app)
    {
        var minifier = app.ApplicationServices.GetRequiredService<HtmlMinifier>();
        return app.Use(async (context, next) =>
        {
            // Static files, the API and downloads are never HTML pages: stream them untouched.
            var path = context.Request.Path.Value ?? "";
            if (Path.HasExtension(path) || context.Request.Path.StartsWithSegments("/api") || HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }

            var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            if (IsHtml(context.Response.ContentType) && body.Length > 0 && !context.Response.Headers.ContainsKey(HeaderNames.ContentEncoding))
            {
                var result = minifier.Minify(Encoding.UTF8.GetString(body.Span), generateStatistics: false);
                // On markup the minifier cannot parse, the page goes out as written rather than not at all.
                if (result.Errors.Count == 0)
                    body = Encoding.UTF8.GetBytes(result.MinifiedContent);
            }
            if (context.Response.ContentLength is not null)
                context.Response.ContentLength = body.Length;
            await original.WriteAsync(body, context.RequestAborted);
        });
    }

    private static bool IsHtml(string? contentType) =>
        contentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
}
