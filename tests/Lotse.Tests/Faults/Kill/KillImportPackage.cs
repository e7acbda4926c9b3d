using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Lotse.Tests.Faults.Kill;

/// <summary>
/// A valid HSDS 3.0 CSV datapackage of many offers (services with their organizations, locations, addresses and
/// service-at-location rows). Every version of it has the same ids; version <c>k</c> writes the word <see cref="Mark"/>(k)
/// into every offer's name and description, so a database holding a mix of two imports is easy to see.
/// </summary>
internal static class KillImportPackage
{
    public const int Organizations = 100;
    public const int Locations = 200;

    /// <summary>
    /// A letters-only word per version (one term for the search analyzer). Two versions' words differ in at least five
    /// letters, so the search's typo tolerance never takes one for the other.
    /// </summary>
    public static string Mark(int version) =>
        $"zq{new string((char)('a' + version % 26), 5)}{new string((char)('a' + version / 26 % 26), 5)}kv";

    public static string ServiceId(int i) => Id($"service-{i}");

    public static void Write(string folder, int offers, int version)
    {
        Directory.CreateDirectory(folder);
        var mark = Mark(version);
        Csv(folder, "organizations.csv", "id,name,alternate_name,description,email,website,tax_status,tax_id,year_incorporated,legal_status,logo,uri,parent_organization_id",
            Enumerable.Range(0, Organizations).Select(i => $"{Id($"organization-{i}")},Träger {i} e. V.,,Verein für Integration Nummer {i},,,,,,,,,"));
        Csv(folder, "locations.csv", "id,location_type,url,organization_id,name,alternate_name,description,transportation,latitude,longitude,external_identifier,external_identifier_type",
            Enumerable.Range(0, Locations).Select(i => $"{Id($"location-{i}")},physical,,{Id($"organization-{i % Organizations}")},Treffpunkt {i},,,,50.8156,7.1553,,"));
        Csv(folder, "addresses.csv", "id,location_id,attention,address_1,address_2,city,region,state_province,postal_code,country,address_type",
            Enumerable.Range(0, Locations).Select(i => $"{Id($"address-{i}")},{Id($"location-{i}")},,Kölner Straße {i + 1},,Troisdorf,,Nordrhein-Westfalen,53840,DE,physical"));
        Csv(folder, "services.csv", "id,organization_id,program_id,name,alternate_name,description,url,email,status,interpretation_services,application_process,fees_description,wait_time,fees,accreditations,eligibility_description,minimum_age,maximum_age,assured_date,assurer_email,licenses,alert,last_modified",
            Enumerable.Range(0, offers).Select(i => string.Create(CultureInfo.InvariantCulture,
                $"{ServiceId(i)},{Id($"organization-{i % Organizations}")},,Angebot {i} {mark},,Beschreibung {mark} des Angebots {i},,,active,,,,,,,,,,2026-09-01,,,,2026-09-01T08:00:00Z")));
        Csv(folder, "service_at_location.csv", "id,service_id,location_id,description",
            Enumerable.Range(0, offers).Select(i => $"{Id($"service-at-location-{i}")},{ServiceId(i)},{Id($"location-{i % Locations}")},"));
        var resources = string.Join(",", new[] { ("organization", "organizations.csv"), ("location", "locations.csv"), ("address", "addresses.csv"), ("service", "services.csv"), ("service_at_location", "service_at_location.csv") }
            .Select(r => $$"""{"name":"{{r.Item1}}","path":"{{r.Item2}}","profile":"tabular-data-resource"}"""));
        File.WriteAllText(Path.Combine(folder, "datapackage.json"),
            $$"""{"name":"kill-test","title":"Angebote für den Abbruchtest","profile":"tabular-data-package","resources":[{{resources}}]}""");
    }

    private static void Csv(string folder, string file, string header, IEnumerable<string> lines)
    {
        using var writer = new StreamWriter(Path.Combine(folder, file), false, new UTF8Encoding(false));
        writer.WriteLine(header);
        foreach (var line in lines)
            writer.WriteLine(line);
    }

    /// <summary>Stable ids, so every version of the package names the same entries.</summary>
    private static string Id(string name)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes("lotse-kill-test:" + name));
        return new Guid(hash).ToString("D");
    }
}
