using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace Lotse.Features.Operations;

/// <summary>
/// Razor escapes every non-ASCII letter as a numeric entity by default: "ü" becomes "&amp;#xFC;" and an
/// Arabic or Ukrainian page grows to several times its size. Pages are UTF-8, so letters of every script
/// are written as they are; markup characters (&lt; &gt; &amp; " ') are still escaped.
/// </summary>
public static class HtmlEncoding
{
    public static IServiceCollection AddUnicodeHtmlEncoding(this IServiceCollection services) =>
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
}
