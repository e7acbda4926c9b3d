using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Lotse.Bench.Soak;

/// <summary>
/// A form of a page as a browser would submit it unchanged (hidden fields such as the antiforgery
/// token and the concurrency stamp included), so that a save posts exactly what the editor saw.
/// </summary>
internal sealed class HtmlForm
{
    private static readonly HtmlParser Parser = new();
    private static readonly HashSet<string> NotSubmitted = ["submit", "button", "image", "reset", "file"];

    private readonly List<KeyValuePair<string, string>> _fields;

    public string? Action { get; }

    private HtmlForm(string? action, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        _fields = fields;
    }

    /// <summary>The first POST form of the page that has a field of the given name; null when there is none.</summary>
    public static HtmlForm? Find(string html, string fieldName)
    {
        var document = Parser.ParseDocument(html);
        foreach (var form in document.Forms)
        {
            if (!string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase))
                continue;
            var fields = Fields(form);
            if (fields.Any(f => f.Key == fieldName))
                return new HtmlForm(form.GetAttribute("action"), fields);
        }
        return null;
    }

    public string? Value(string name) => _fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>Sets a field (replacing every value of that name).</summary>
    public void Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.Add(new(name, value));
    }

    public FormUrlEncodedContent ToContent() => new(_fields);

    private static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
                continue;
            switch (element)
            {
                case IHtmlInputElement input when NotSubmitted.Contains(input.Type):
                    break;
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                        fields.Add(new(name, input.GetAttribute("value") ?? "on"));
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement textArea:
                    fields.Add(new(name, textArea.Value));
                    break;
                case IHtmlSelectElement select:
                    var selected = select.Options.Where(o => o.IsSelected).ToList();
                    if (selected.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                        selected.Add(select.Options[0]!);
                    fields.AddRange(selected.Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
            }
        }
        return fields;
    }
}
