using System.Text;

namespace Lotse.Bench.Corpus;

/// <summary>
/// Deterministic synthetic directory: the same seed and size give the same offers, ids and texts,
/// so SQLite, the Lucene index and PostgreSQL all hold the same data in one run and across runs.
/// Distributions mimic a county directory: offers cluster in the larger towns, German is
/// nearly always offered, counselling and language courses dominate.
/// </summary>
internal sealed class CorpusGenerator
{
    public const int DefaultSeed = 20261125;

    // Relative frequencies of the seeded codes; a code missing here (added to the seed later) gets weight 1.
    private static readonly Dictionary<string, double> TopicWeights = new()
    {
        ["sprache"] = 10, ["soziales"] = 8, ["bildung"] = 7, ["arbeit"] = 6, ["aufenthalt"] = 5,
        ["familie"] = 5, ["kultur"] = 4, ["gesundheit"] = 3, ["wohnen"] = 2, ["sport"] = 2,
    };

    private static readonly Dictionary<string, double> LanguageWeights = new()
    {
        ["en"] = 10, ["ar"] = 10, ["tr"] = 9, ["uk"] = 8, ["ru"] = 7, ["fa"] = 6, ["pl"] = 4, ["ku"] = 4, ["ro"] = 3,
        ["bg"] = 3, ["fr"] = 3, ["sq"] = 3, ["el"] = 2, ["it"] = 2, ["es"] = 2, ["sr"] = 2, ["ti"] = 2, ["so"] = 2, ["ps"] = 2, ["gsg"] = 1,
    };

    // Populations of the towns the seed leaves without one (rounded public figures).
    private static readonly Dictionary<string, int> PopulationFallback = new()
    {
        ["05382012"] = 48_000, ["05382016"] = 19_000, ["05382020"] = 48_000, ["05382024"] = 41_000, ["05382032"] = 25_000,
        ["05382040"] = 20_000, ["05382052"] = 10_000, ["05382068"] = 76_000, ["05382076"] = 19_000,
    };

    private static readonly string[] ActorTypes = ["verein", "wohlfahrtsverband", "kommune", "bildungstraeger", "kirche", "migrantenorganisation", "initiative"];

    private readonly ReferenceCodes _reference;
    private readonly int _size;
    private readonly int _seed;
    private readonly WeightedPick<ReferenceMunicipality> _towns;
    private readonly WeightedPick<OfferTemplate> _templates;
    private readonly WeightedPick<ReferenceTerm> _topics;
    private readonly WeightedPick<ReferenceLanguage> _otherLanguages;
    private readonly Dictionary<(string Taxonomy, string Code), ReferenceTerm> _termByCode;
    private readonly ReferenceTerm[] _types;
    private readonly ReferenceTerm[] _audiences;
    private readonly ReferenceLanguage? _german;

    public CorpusGenerator(ReferenceCodes reference, int size, int seed = DefaultSeed)
    {
        _reference = reference;
        _size = size;
        _seed = seed;
        _towns = new WeightedPick<ReferenceMunicipality>(reference.Municipalities.Select(m =>
            (m, (double)(m.Population ?? PopulationFallback.GetValueOrDefault(m.Code, 25_000)))));
        _templates = new WeightedPick<OfferTemplate>(OfferTemplates.All.Select(t => (t, t.Weight)));
        _topics = new WeightedPick<ReferenceTerm>(reference.Taxonomy("topic").Select(t => (t, TopicWeights.GetValueOrDefault(t.Code, 1))));
        _otherLanguages = new WeightedPick<ReferenceLanguage>(reference.Languages.Where(l => l.Code != "de")
            .Select(l => (l, LanguageWeights.GetValueOrDefault(l.Code, 1))));
        _termByCode = reference.Terms.ToDictionary(t => (t.Taxonomy, t.Code));
        _types = reference.Taxonomy("type").ToArray();
        _audiences = reference.Taxonomy("audience").ToArray();
        _german = reference.Languages.FirstOrDefault(l => l.Code == "de");
    }

    // A county has a few hundred providers; the cap keeps names plausible at a million offers.
    public int OrganizationCount => Math.Clamp(_size / 25, 40, 3000);

    public IReadOnlyList<GeneratedOrganization> Organizations()
    {
        var random = new Random(_seed);
        var result = new List<GeneratedOrganization>(OrganizationCount);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < OrganizationCount; i++)
        {
            var town = _towns.Next(random);
            var name = Fill(OfferTemplates.ProviderPatterns[random.Next(OfferTemplates.ProviderPatterns.Length)], town.Name, "");
            if (!names.Add(name))
                name = $"{name}, Standort {OfferTemplates.Streets[random.Next(OfferTemplates.Streets.Length)]}";
            if (!names.Add(name))
                name = $"{name} {i + 1}";
            result.Add(new GeneratedOrganization(MakeId(random, i, 0x0A11), name, ActorTypes[random.Next(ActorTypes.Length)], town));
        }
        return result;
    }

    public IEnumerable<GeneratedOffer> Offers(IReadOnlyList<GeneratedOrganization> organizations)
    {
        var random = new Random(_seed + 1);
        var text = new StringBuilder(1024);
        var terms = new List<ReferenceTerm>(8);
        var languages = new List<ReferenceLanguage>(4);
        var today = new DateOnly(2026, 11, 1);
        var epoch = new DateTime(2019, 1, 1, 8, 0, 0, DateTimeKind.Utc);

        for (var i = 0; i < _size; i++)
        {
            var organization = organizations[random.Next(organizations.Count)];
            var template = _templates.Next(random);
            // Most offers take place in the provider's town; some elsewhere, some county-wide.
            var roll = random.NextDouble();
            ReferenceMunicipality? municipality = roll < 0.65 ? organization.Municipality : roll < 0.87 ? _towns.Next(random) : null;
            var townName = (municipality ?? organization.Municipality).Name;

            var name = Fill(template.Names[random.Next(template.Names.Length)], townName, organization.Name);
            if (!name.Contains(townName, StringComparison.Ordinal) && random.NextDouble() < 0.35)
                name = $"{name} in {townName}";

            terms.Clear();
            AddTerm(terms, "type", template.Type);
            if (random.NextDouble() < 0.1)
                AddDistinct(terms, _types[random.Next(_types.Length)]);
            AddTerm(terms, "topic", template.Topics[random.Next(template.Topics.Length)]);
            if (random.NextDouble() < 0.45)
                AddDistinct(terms, _topics.Next(random));
            var audienceCount = 1 + random.Next(3);
            for (var a = 0; a < audienceCount; a++)
                AddTerm(terms, "audience", template.Audiences[random.Next(template.Audiences.Length)]);
            if (random.NextDouble() < 0.05)
                AddDistinct(terms, _audiences[random.Next(_audiences.Length)]);

            languages.Clear();
            if (_german is not null && random.NextDouble() < 0.93)
                languages.Add(_german);
            var extra = random.NextDouble() switch { < 0.45 => 0, < 0.8 => 1, < 0.95 => 2, _ => 3 };
            for (var l = 0; l < extra || languages.Count == 0; l++)
            {
                var language = _otherLanguages.Next(random);
                if (!languages.Contains(language))
                    languages.Add(language);
            }

            text.Clear();
            var opener = random.Next(template.Openers.Length);
            text.Append(Fill(template.Openers[opener], townName, organization.Name));
            if (random.NextDouble() < 0.6)
                text.Append(' ').Append(Fill(template.Openers[(opener + 1 + random.Next(template.Openers.Length - 1)) % template.Openers.Length], townName, organization.Name));
            var sentences = 2 + random.Next(4);
            var first = random.Next(OfferTemplates.Sentences.Length);
            for (var s = 0; s < sentences; s++)
            {
                var sentence = OfferTemplates.Sentences[(first + s * 7) % OfferTemplates.Sentences.Length];
                text.Append(' ').Append(FillSentence(sentence, random, townName, organization.Name, terms, languages));
            }

            var created = epoch.AddMinutes(random.Next(0, 60 * 24 * 365 * 7));
            yield return new GeneratedOffer(
                MakeId(random, i, 0x0FFE),
                organization,
                name,
                text.ToString(),
                municipality,
                terms.ToArray(),
                languages.ToArray(),
                IsFree: random.NextDouble() < 0.8,
                Email: random.NextDouble() < 0.7 ? $"angebot{i + 1}@example.org" : null,
                Phone: random.NextDouble() < 0.6 ? $"02241 {10000 + random.Next(89999)}" : null,
                LastVerified: today.AddDays(-random.Next(0, 900)),
                CreatedAt: created);
        }
    }

    private void AddTerm(List<ReferenceTerm> terms, string taxonomy, string code)
    {
        if (_termByCode.TryGetValue((taxonomy, code), out var term))
            AddDistinct(terms, term);
    }

    private static void AddDistinct(List<ReferenceTerm> terms, ReferenceTerm term)
    {
        if (!terms.Contains(term))
            terms.Add(term);
    }

    private static string Fill(string pattern, string town, string provider) =>
        pattern.Replace("{town}", town, StringComparison.Ordinal).Replace("{provider}", provider, StringComparison.Ordinal);

    private string FillSentence(string sentence, Random random, string town, string provider,
        List<ReferenceTerm> terms, List<ReferenceLanguage> languages)
    {
        if (!sentence.Contains('{'))
            return sentence;
        var from = 9 + random.Next(10);
        var audience = terms.FirstOrDefault(t => t.Taxonomy == "audience")?.Label ?? "Zugewanderte";
        var language = languages[random.Next(languages.Count)].Name;
        return Fill(sentence, town, provider)
            .Replace("{weekday}", OfferTemplates.Weekdays[random.Next(OfferTemplates.Weekdays.Length)], StringComparison.Ordinal)
            .Replace("{from}", from.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{to}", (from + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{street}", OfferTemplates.Streets[random.Next(OfferTemplates.Streets.Length)], StringComparison.Ordinal)
            .Replace("{audience}", audience, StringComparison.Ordinal)
            .Replace("{language}", language, StringComparison.Ordinal);
    }

    // Ids ascend with the index (first group) so bulk inserts append to the primary-key B-tree.
    private static Guid MakeId(Random random, int index, short kind)
    {
        Span<byte> tail = stackalloc byte[8];
        random.NextBytes(tail);
        tail[0] = (byte)((tail[0] & 0x3F) | 0x80);
        return new Guid(index + 1, kind, (short)(0x4000 | random.Next(0x1000)), tail.ToArray());
    }
}
