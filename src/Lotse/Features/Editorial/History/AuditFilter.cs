using System.Globalization;
using Lotse.Data;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;

namespace Lotse.Features.Editorial.History;

/// <summary>The audit log's filters from the query string (typ, id, wer, feld, von, bis, seite), validated.</summary>
public sealed class AuditFilter
{
    public static readonly IReadOnlyList<string> EntityTypes =
        ["Offer", "Organization", "Location", "Contact", "Schedule", "CostOption", "Taxonomy", "TaxonomyTerm", "Municipality", "Language"];

    public string? EntityType { get; private init; }
    public Guid? EntityId { get; private init; }
    public string? Actor { get; private init; }
    public string? Field { get; private init; }
    public DateOnly? From { get; private init; }
    public DateOnly? To { get; private init; }
    public int Page { get; private init; } = 1;

    /// <summary>The raw values, to show them again in the form.</summary>
    public IReadOnlyDictionary<string, string> Raw { get; private init; } = new Dictionary<string, string>();

    /// <summary>Field name (query key) → German message, empty when all is valid.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private init; } = new Dictionary<string, string>();

    public static AuditFilter Parse(IQueryCollection query, IStringLocalizer<HistoryResource> text)
    {
        var raw = new Dictionary<string, string>();
        var errors = new Dictionary<string, string>();
        string? Get(string key)
        {
            var value = query.TryGetValue(key, out var v) ? ((string?)v)?.Trim() : null;
            if (string.IsNullOrEmpty(value))
                return null;
            raw[key] = value;
            return value;
        }

        var type = Get("typ");
        if (type is not null && !EntityTypes.Contains(type))
            errors["typ"] = text["Filter.BadType"];
        var idText = Get("id");
        Guid? id = null;
        if (idText is not null)
        {
            if (Guid.TryParse(idText, out var g)) id = g;
            else errors["id"] = text["Filter.BadId"];
        }
        var actor = Get("wer");
        if (actor?.Length > 256)
            errors["wer"] = text["Filter.TooLong", 256];
        var field = Get("feld");
        if (field?.Length > 100)
            errors["feld"] = text["Filter.TooLong", 100];
        var from = Date(Get("von"), "von", errors, text);
        var to = Date(Get("bis"), "bis", errors, text);
        if (from is not null && to is not null && from > to)
            errors["bis"] = text["Filter.ToBeforeFrom"];
        var page = 1;
        var pageText = Get("seite");
        if (pageText is not null && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1 || page > 100_000))
            errors["seite"] = text["Filter.BadPage"];

        return new AuditFilter
        {
            EntityType = type, EntityId = id, Actor = actor, Field = field, From = from, To = to,
            Page = Math.Max(page, 1), Raw = raw, Errors = errors,
        };
    }

    private static DateOnly? Date(string? value, string key, Dictionary<string, string> errors, IStringLocalizer<HistoryResource> text)
    {
        if (value is null)
            return null;
        // ISO from a date input, or the German way of writing it.
        if (DateOnly.TryParseExact(value, ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 2000 and <= 9998)
            return date;
        errors[key] = text["Filter.BadDate"];
        return null;
    }

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> rows)
    {
        if (EntityType is not null)
            rows = rows.Where(a => a.EntityType == EntityType);
        if (EntityId is { } id)
            rows = rows.Where(a => a.EntityId == id || a.OfferId == id);
        if (Actor is not null)
            rows = rows.Where(a => a.ActorName.ToLower().Contains(Actor.ToLower()));
        if (Field is not null)
            rows = rows.Where(a => a.Field != null && a.Field.ToLower() == Field.ToLower());
        if (From is { } from)
        {
            var start = HistoryFormat.StartOfDayUtc(from);
            rows = rows.Where(a => a.At >= start);
        }
        if (To is { } to)
        {
            var end = HistoryFormat.StartOfDayUtc(to.AddDays(1));
            rows = rows.Where(a => a.At < end);
        }
        return rows.OrderByDescending(a => a.At).ThenBy(a => a.EntityId).ThenBy(a => a.Field);
    }

    /// <summary>The query string of these filters with another page, for the pager and the export links.</summary>
    public string QueryString(int? page = null, string? format = null)
    {
        var pairs = Raw.Where(p => p.Key != "seite").ToDictionary(p => p.Key, p => (StringValues)p.Value);
        if (page is > 1)
            pairs["seite"] = page.Value.ToString(CultureInfo.InvariantCulture);
        if (format is not null)
            pairs["format"] = format;
        return Microsoft.AspNetCore.Http.QueryString.Create(pairs).ToString();
    }
}
