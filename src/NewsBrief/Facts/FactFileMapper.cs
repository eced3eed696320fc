using System.Globalization;
using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// Maps the root mapping of a facts file to a <see cref="FactFile"/>, reporting every unknown,
/// missing or invalid value. Builds the model only when the file had no errors.
/// </summary>
internal sealed partial class FactFileMapper(FactValueReader reader)
{
    internal static readonly string[] TopKeys = ["date", "kind", "tags", "source", "rates", "figures", "headline", "lede", "points", "events", "data"];
    internal static readonly string[] SourceKeys = ["name", "date", "url"];
    internal static readonly string[] RateKeys = ["pair", "rate", "date", "note"];
    internal static readonly string[] EventKeys = ["date", "text"];

    /// <summary>
    /// Most items a list of a facts file may hold (figures, points, events, sources, rates, tags).
    /// The templates loop over these lists, and their loop limit is this same number, so a file the
    /// parser accepts never stops a template halfway (a story needs a few dozen at most).
    /// </summary>
    public const int MaxListItems = 1000;

    private readonly LocalizedTextMapper texts = new(reader);

    private FactReporter Reporter => reader.Reporter;

    public FactFile? Map(YamlNode root, string slug)
    {
        if (root is not YamlMappingNode mapping)
        {
            Reporter.Report(DiagnosticDescriptors.FactsRootNotMapping, root.Location,
                $"A facts file is a mapping of keys (`date: ...`, `figures: ...`), but this file is {root.Describe()}. Start from `newsbrief new SLUG`.");
            return null;
        }

        const string context = "the facts file";
        var fields = reader.Fields(mapping, context, TopKeys);
        reader.Require(fields, "date", mapping, context, "date: 2025-09-18");
        reader.Require(fields, "source", mapping, context, "source: { name: Nature, url: https://www.nature.com/ }");
        var kind = Get(fields, "kind", Kind) ?? "brief";
        var storyKind = StoryKind(fields, kind); // FactFileMapper.Kinds.cs: a kind's texts and figures may come from its data
        if (storyKind is null)
        {
            reader.Require(fields, "figures", mapping, context, "figures: { r1_cost: { amount: 294000, currency: USD } }");
            reader.Require(fields, "headline", mapping, context, "headline: { id: ..., en: ... }");
            reader.Require(fields, "lede", mapping, context, "lede: { id: ..., en: ... }");
        }

        var date = Get(fields, "date", n => PublicationDate(n));
        var tags = Get(fields, "tags", Tags) ?? [];
        var sources = Get(fields, "source", Sources);
        var rates = Get(fields, "rates", Rates) ?? [];
        var figures = Get(fields, "figures", Figures, out var figureNames);
        texts.Overrides = storyKind is not null; // a kind's file writes only the texts it replaces, per locale
        var headline = Get(fields, "headline", n => texts.Map(n, "the headline", "headline"));
        var lede = Get(fields, "lede", n => texts.Map(n, "the lede", "lede"));
        var points = Get(fields, "points", Points) ?? [];
        texts.Overrides = false;
        var events = Get(fields, "events", Events) ?? [];
        KindData? data = null;
        if (storyKind is not null)
        {
            figures ??= [];
            data = KindData(storyKind, fields, figures, figureNames);
            headline ??= new LocalizedText(new Dictionary<string, LocatedText>(StringComparer.Ordinal), mapping.Location);
            lede ??= new LocalizedText(new Dictionary<string, LocatedText>(StringComparer.Ordinal), mapping.Location);
        }

        texts.CheckPlaceholders(figureNames);
        texts.CheckForms(figures);
        CheckConversions(figures, rates);

        if (Reporter.ErrorCount > 0 || date is null || sources is null || figures is null || headline is null || lede is null)
        {
            return null;
        }

        return new FactFile
        {
            Path = Reporter.Path,
            Slug = slug,
            Date = date.Value,
            Kind = kind,
            Tags = tags,
            Sources = sources,
            Rates = rates,
            Figures = figures,
            Headline = headline,
            Lede = lede,
            Points = points,
            Events = events,
            Data = data,
        };
    }

    private static T? Get<T>(Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> fields, string key, Func<YamlNode, T?> map) =>
        fields.TryGetValue(key, out var entry) ? map(entry.Value) : default;

    private T? Get<T>(Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> fields, string key, Func<YamlNode, List<string>, T?> map, out List<string> names)
    {
        names = [];
        return fields.TryGetValue(key, out var entry) ? map(entry.Value, names) : default;
    }

    private PartialDate? PublicationDate(YamlNode node)
    {
        var date = reader.Date(node, "the publication date", "date: 2025-09-18");
        if (date is { Precision: not DatePrecision.Day })
        {
            Reporter.Report(DiagnosticDescriptors.FactsDatePrecision, node.Location,
                $"The publication date `{date}` needs a day: write `yyyy-MM-dd`, e.g. `date: 2025-09-18`. (Event dates may be a month or a year.)");
            return null;
        }

        return date;
    }

    private string? Kind(YamlNode node)
    {
        var text = reader.Text(node, "`kind`", "kind: brief");
        if (text is not null && !KindName().IsMatch(text))
        {
            Reporter.Report(DiagnosticDescriptors.FactsInvalidKind, node.Location,
                $"`{text}` is not a template family name; write lower-case letters, digits, `_` or `-`, e.g. `kind: brief`, or leave `kind` out.");
            return null;
        }

        return text;
    }

    private List<string>? Tags(YamlNode node)
    {
        var sequence = reader.Sequence(node, "`tags`", "tags: [ai, chips]");
        return sequence is null ? null : Bounded(sequence.Items, i => i.Location, "tags").Select(item => reader.Text(item, "a tag", "tags: [ai, chips]")).OfType<string>().ToList();
    }

    private List<FactSource>? Sources(YamlNode node)
    {
        const string example = "source: { name: Nature, date: 2025-09-17, url: https://www.nature.com/ }";
        if (node is YamlSequenceNode list)
        {
            if (list.Items.Count == 0)
            {
                Reporter.Report(DiagnosticDescriptors.FactsNoSource, list.Location, $"The source list is empty; add at least one source, e.g. `{example}`.");
                return null;
            }

            var sources = Bounded(list.Items, i => i.Location, "sources").Select(Source).ToList();
            return sources.TrueForAll(s => s is not null) ? sources.OfType<FactSource>().ToList() : null;
        }

        return reader.Mapping(node, "`source`", example) is not null && Source(node) is { } one ? [one] : null;
    }

    private FactSource? Source(YamlNode node)
    {
        var mapping = reader.Mapping(node, "a source", "- { name: Nature, url: https://www.nature.com/ }");
        if (mapping is null)
        {
            return null;
        }

        var fields = reader.Fields(mapping, "a source", SourceKeys);
        reader.Require(fields, "name", mapping, "the source", "name: Nature");
        // One name for every locale, or a name per locale (an Indonesian agency in English copy).
        LocalizedText? names = null;
        string? name;
        if (fields.TryGetValue("name", out var nameField) && nameField.Value is YamlMappingNode)
        {
            names = texts.Map(nameField.Value, "the source name", "name");
            name = names?.ByLocale.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Value.Text).FirstOrDefault();
        }
        else
        {
            name = Get(fields, "name", n => reader.Text(n, "the source name", "name: Nature"));
            if (name is not null && nameField.Value is YamlScalarNode nameScalar)
            {
                texts.ReportUnfilled(nameScalar, "the source name");
            }
        }

        var date = Get(fields, "date", n => reader.Date(n, "the source date", "date: 2025-09-17"));
        var url = Get(fields, "url", n => reader.Url(n, "the source URL"));
        return name is null ? null : new FactSource(name, date, url, mapping.Location) { Names = names };
    }

    private List<ExchangeRate>? Rates(YamlNode node)
    {
        var sequence = reader.Sequence(node, "`rates`", "rates: [{ pair: USD/IDR, rate: 16565, date: 2025-09-17 }]");
        if (sequence is null)
        {
            return null;
        }

        var rates = new List<ExchangeRate>();
        foreach (var item in Bounded(sequence.Items, i => i.Location, "rates"))
        {
            var mapping = reader.Mapping(item, "a rate", "- { pair: USD/IDR, rate: 16565, date: 2025-09-17 }");
            if (mapping is null)
            {
                continue;
            }

            var fields = reader.Fields(mapping, "a rate", RateKeys);
            reader.Require(fields, "pair", mapping, "the rate", "pair: USD/IDR");
            reader.Require(fields, "rate", mapping, "the rate", "rate: 16565");
            reader.Require(fields, "date", mapping, "the rate", "date: 2025-09-17");
            var pair = Get(fields, "pair", Pair);
            var rate = Get(fields, "rate", n => reader.Number(n, "the rate", "rate: 16565", allowScale: false));
            var date = Get(fields, "date", n => reader.Date(n, "the rate date", "date: 2025-09-17"));
            var note = Get(fields, "note", n => reader.Text(n, "the rate note", "note: implied by the reported figures"));
            if (rate is 0m)
            {
                Reporter.Report(DiagnosticDescriptors.FactsNumberOutOfRange, fields["rate"].Value.Location,
                    "A rate of zero converts nothing; write how many units of the second currency one unit of the first buys, e.g. `rate: 16565`.");
                continue;
            }

            if (pair is { } p && rate is { } r && date is { } d)
            {
                rates.Add(new ExchangeRate(p.Base, p.Quote, r, d, note, mapping.Location));
            }
        }

        return rates;
    }

    private (string Base, string Quote)? Pair(YamlNode node)
    {
        var text = reader.Text(node, "the currency pair", "pair: USD/IDR");
        if (text is null)
        {
            return null;
        }

        var match = PairShape().Match(text);
        if (!match.Success || string.Equals(match.Groups[1].Value, match.Groups[2].Value, StringComparison.Ordinal))
        {
            Reporter.Report(DiagnosticDescriptors.FactsInvalidRatePair, node.Location,
                $"`{text}` is not a currency pair; write two different ISO codes with a slash, e.g. `pair: USD/IDR` (1 USD = rate IDR).");
            return null;
        }

        var b = reader.KnownCurrency(match.Groups[1].Value, Reporter, node.Location);
        var q = reader.KnownCurrency(match.Groups[2].Value, Reporter, node.Location);
        return b is not null && q is not null ? (b, q) : null;
    }

    private List<Figure>? Figures(YamlNode node, List<string> names)
    {
        var mapping = reader.Mapping(node, "`figures`", "figures: { r1_cost: { amount: 294000, currency: USD } }");
        if (mapping is null)
        {
            return null;
        }

        var mapper = new FigureMapper(reader, texts);
        var figures = new List<Figure>();
        foreach (var (key, value) in Bounded(mapping.Entries, e => e.Key.Location, "figures"))
        {
            names.Add(key.Value);
            if (mapper.Map(key, value) is { } figure)
            {
                figures.Add(figure);
            }
        }

        return figures;
    }

    /// <summary>
    /// A money figure converted through the story's rate must stay in range too (the pages show the
    /// conversion): 10^17 USD at 16565 IDR overflows. Reported at the figure, naming the rate.
    /// </summary>
    private void CheckConversions(List<Figure>? figures, List<ExchangeRate> rates)
    {
        foreach (var money in figures?.OfType<MoneyFigure>() ?? [])
        {
            foreach (var rate in rates.Where(r => r.Base == money.Currency || r.Quote == money.Currency))
            {
                var converted = rate.Base == money.Currency ? CheckedDecimal.Multiply(money.Amount, rate.Rate) : CheckedDecimal.Divide(money.Amount, rate.Rate);
                if (converted is null || converted >= FactValueReader.MaxMagnitude)
                {
                    var other = rate.Base == money.Currency ? rate.Quote : rate.Base;
                    Reporter.Report(DiagnosticDescriptors.FactsNumberOutOfRange, money.Location,
                        $"Figure `{money.Name}` converted to {other} through the {rate.Base}/{rate.Quote} rate (line {rate.Location.Line}) is {(converted is null ? "too large to compute" : "1,000,000,000,000,000,000 or more")}; " +
                        "check the amount, its scale word and the rate.");
                }
            }
        }
    }

    private List<LocalizedText>? Points(YamlNode node)
    {
        var sequence = reader.Sequence(node, "`points`", "points: [{ id: ..., en: ... }]");
        return sequence is null ? null : Bounded(sequence.Items, i => i.Location, "points").Select(item => texts.Map(item, "a point", "-")).OfType<LocalizedText>().ToList();
    }

    private List<TimelineEvent>? Events(YamlNode node)
    {
        var sequence = reader.Sequence(node, "`events`", "events: [{ date: 2022-10, text: { id: ..., en: ... } }]");
        if (sequence is null)
        {
            return null;
        }

        var events = new List<TimelineEvent>();
        foreach (var item in Bounded(sequence.Items, i => i.Location, "events"))
        {
            var mapping = reader.Mapping(item, "an event", "- { date: 2022-10, text: { id: ..., en: ... } }");
            if (mapping is null)
            {
                continue;
            }

            var fields = reader.Fields(mapping, "an event", EventKeys);
            reader.Require(fields, "date", mapping, "the event", "date: 2022-10");
            reader.Require(fields, "text", mapping, "the event", "text: { id: ..., en: ... }");
            var date = Get(fields, "date", n => reader.Date(n, "the event date", "date: 2022-10"));
            var text = Get(fields, "text", n => texts.Map(n, "the event text", "text"));
            if (date is { } d && text is not null)
            {
                events.Add(new TimelineEvent(d, text, mapping.Location));
            }
        }

        return events;
    }

    /// <summary>The first <see cref="MaxListItems"/> items; more is an error at the first one over.</summary>
    private IEnumerable<T> Bounded<T>(List<T> items, Func<T, SourceLocation> location, string what)
    {
        if (items.Count > MaxListItems)
        {
            Reporter.Report(DiagnosticDescriptors.FactsTooManyItems, location(items[MaxListItems]),
                $"`{what}` has {items.Count.ToString("N0", CultureInfo.InvariantCulture)} items; a facts file may have at most {MaxListItems.ToString("N0", CultureInfo.InvariantCulture)} (this is the first one over). " +
                "Remove the extra items, or split the story into several briefs.");
            return items.Take(MaxListItems);
        }

        return items;
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KindName();

    [GeneratedRegex("^([A-Z]{3})/([A-Z]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex PairShape();
}
