using System.Text;

namespace NewsBrief.Bench.Generate;

/// <summary>
/// Builds synthetic stories. Story <c>i</c> draws from its own generator seeded by (seed, i), so the first
/// 1,000 stories of a 10,000-story run are the 1,000 stories of a 1,000-story run.
/// </summary>
internal sealed class StoryFactory(ulong seed)
{
    private static readonly DateOnly FirstDay = new(2019, 1, 1);
    private static readonly DateOnly LastDay = new(2025, 12, 31);
    private const int MinFigures = 4;
    private const int MaxFigures = 8;
    private static readonly string[] BigMoney = ["investment", "revenue", "exports", "budget", "subsidy", "market_value", "loan", "net_profit"];
    private static readonly string[] SmallWords = ["di", "dan", "untuk", "dari", "ke", "yang"];

    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

    public Story Create(int index)
    {
        var rng = new Rng(unchecked(seed * 0x9E3779B97F4A7C15UL + (ulong)index * 0xD1B54A32D192ED03UL + 1));
        var date = FirstDay.AddDays(rng.Next(0, LastDay.DayNumber - FirstDay.DayNumber + 1));
        var entity = rng.Pick(Pools.Entities);
        var sector = rng.Pick(Pools.Sectors);
        var (city, province) = rng.Pick(Pools.Places);
        var person = rng.Pick(Pools.People);
        var ministry = rng.Pick(Pools.Ministries);
        var rate = rng.Next(14800, 16900);

        var figures = Figures(rng, rate);
        var main = figures[0];
        string Fill(string text, bool id, bool headline = false) => new StringBuilder(text)
            .Replace("{E}", entity)
            .Replace("{S}", id ? (headline ? TitleCase(sector.Name.Id) : sector.Name.Id) : sector.Name.En)
            .Replace("{T}", sector.EnTitle)
            .Replace("{C}", city)
            .Replace("{R}", id ? province.Id : province.En)
            .Replace("{P}", person)
            .Replace("{M}", id ? ministry.Id : ministry.En)
            .Replace("{d}", "{" + Pools.Completion.Name + "}")
            .ToString();
        Bi FillBi(Bi text, Figure? figure, bool headline = false)
        {
            var f = figure is null ? "" : "{" + figure.Name + "}";
            return new Bi(Fill(text.Id, true, headline).Replace("{f}", f, StringComparison.Ordinal),
                Fill(text.En, false, headline).Replace("{f}", f, StringComparison.Ordinal));
        }

        var headline = FillBi(rng.Pick(Pools.Headlines), main, headline: true);

        // A lede with {d} states the completion period, one figure more: a story that already has
        // MaxFigures picks among the other ledes. One draw either way, so the rest of the story draws
        // the same numbers; the period's own value is drawn last, for the same reason.
        var ledes = figures.Count < MaxFigures ? Pools.Ledes : Pools.Ledes.Where(l => !StatesCompletion(l)).ToArray();
        var ledeText = rng.Pick(ledes);
        var lede = FillBi(ledeText, main);

        // Points: every figure but the headline's opens or joins a point; filler sentences bring the
        // text to 2-3 KB per locale.
        var pointCount = rng.Next(3, 7);
        var points = Enumerable.Range(0, pointCount).Select(_ => (Id: new StringBuilder(), En: new StringBuilder())).ToList();
        for (var i = 1; i < figures.Count; i++)
        {
            var figure = figures[i];
            var sentence = FillBi(rng.Pick(SentencesOf(figure)), figure);
            Append(points[(i - 1) % pointCount], sentence);
        }

        var events = Events(rng, date, FillBi);
        var target = rng.Next(2000, 3000);
        var fillers = rng.Shuffled(Pools.Fillers);
        var next = 0;
        int Length() => headline.Id.Length + lede.Id.Length + points.Sum(p => p.Id.Length) + events.Sum(e => e.Text.Id.Length);
        while (Length() < target && next < fillers.Count)
        {
            var point = points.Where(p => p.Id.Length == 0).FirstOrDefault();
            if (point.Id is null)
            {
                point = points[next % pointCount];
            }

            Append(point, FillBi(fillers[next], null));
            next++;
        }

        var slug = Slug(entity, sector, city);
        var sources = new List<Source>();
        var sourceCount = rng.Chance(25) ? 2 : 1;
        foreach (var name in rng.Shuffled(Pools.SourceNames).Take(sourceCount))
        {
            sources.Add(new Source(name, date.AddDays(-rng.Next(0, 3)), $"https://news.example.id/{SlugWord(name)}/{slug}"));
        }

        var tags = new[] { sector.Tag, rng.Pick(new[] { "business", "economy", "policy", "investment" }) };
        if (StatesCompletion(ledeText))
        {
            // After the headline's figure, as the lede mentions it second; no point repeats it.
            var role = Pools.Completion;
            figures.Insert(1, new Figure(role.Name, FigureKind.Quantity, role.Label, rng.Next((int)role.Min, (int)role.Max + 1), "", null, null, 0, role.Unit, 0));
        }

        return new Story(slug, date, tags, sources, rate, date.AddDays(-1), figures, headline, lede,
            points.Select(p => new Bi(p.Id.ToString(), p.En.ToString())).ToList(), events);
    }

    private static bool StatesCompletion(Bi text) => text.Id.Contains("{d}", StringComparison.Ordinal);

    private static void Append((StringBuilder Id, StringBuilder En) point, Bi sentence)
    {
        if (point.Id.Length > 0)
        {
            point.Id.Append(' ');
            point.En.Append(' ');
        }

        point.Id.Append(sentence.Id);
        point.En.Append(sentence.En);
    }

    private static Bi[] SentencesOf(Figure figure) => figure.Kind switch
    {
        FigureKind.Money => Pools.Money.First(r => r.Name == figure.Name).Sentences,
        FigureKind.Quantity => Pools.Counts.First(r => r.Name == figure.Name).Sentences,
        _ => Pools.PercentSentences,
    };

    private static List<Figure> Figures(Rng rng, int rate)
    {
        var count = rng.Next(MinFigures, MaxFigures + 1);
        var moneyCount = rng.Next(2, count);
        var quantityCount = count - moneyCount;
        var percent = quantityCount >= 2 && rng.Chance(30);
        if (percent)
        {
            quantityCount--;
        }

        var figures = new List<Figure>();
        var moneyRoles = rng.Shuffled(Pools.Money);
        var first = moneyRoles.First(r => BigMoney.Contains(r.Name));
        moneyRoles.Remove(first);
        moneyRoles.Insert(0, first);
        foreach (var role in moneyRoles.Take(moneyCount))
        {
            var usd = rng.Chance(50);
            var exp = rng.Next(role.MinExp, role.MaxExp + 1);
            if (usd)
            {
                exp = Math.Max(2, exp - 4);
            }

            var amount = rng.Next(100, 1000) * Pow10(exp - 2);
            string? reportedCurrency = null;
            long reported = 0;
            if (usd && rng.Chance(40))
            {
                reportedCurrency = "IDR";
                reported = ThreeDigits(amount * rate);
            }
            else if (!usd && amount / rate >= 100 && rng.Chance(20))
            {
                reportedCurrency = "USD";
                reported = ThreeDigits(amount / rate);
            }

            var qualifier = rng.Chance(60) ? rng.Pick(Pools.Qualifiers) : null;
            figures.Add(new Figure(role.Name, FigureKind.Money, role.Label, amount, usd ? "USD" : "IDR", qualifier,
                reportedCurrency, reported, "", 0));
        }

        foreach (var role in rng.Shuffled(Pools.Counts).Take(quantityCount))
        {
            var value = LogUniform(rng, role.Min, role.Max);
            var qualifier = rng.Chance(30) ? rng.Pick(Pools.Qualifiers) : null;
            figures.Add(new Figure(role.Name, FigureKind.Quantity, role.Label, value, "", qualifier, null, 0, role.Unit, 0));
        }

        if (percent)
        {
            figures.Add(new Figure("share_pct", FigureKind.Percent, Pools.PercentLabel, 0, "", null, null, 0, "", rng.Next(1, 401)));
        }

        return figures;
    }

    private static List<Event> Events(Rng rng, DateOnly date, Func<Bi, Figure?, bool, Bi> fill)
    {
        var count = rng.Next(2, 5);
        var offsets = new SortedSet<int>();
        while (offsets.Count < count)
        {
            offsets.Add(rng.Next(1, 1500));
        }

        var texts = rng.Shuffled(Pools.Events);
        return offsets.Reverse().Select((offset, i) =>
        {
            var roll = rng.Next(0, 100);
            var precision = roll < 45 ? "day" : roll < 80 ? "month" : "year";
            return new Event(new StoryDate(date.AddDays(-offset), precision), fill(texts[i], null, false));
        }).ToList();
    }

    /// <summary>A value whose number of digits is uniform between min's and max's, rounded to three significant digits.</summary>
    private static long LogUniform(Rng rng, long min, long max)
    {
        var digits = rng.Next(Digits(min), Digits(max) + 1);
        var low = Math.Max(min, Pow10(digits - 1));
        var high = Math.Min(max, Pow10(digits) - 1);
        return Math.Clamp(ThreeDigits(rng.NextLong(low, high + 1)), min, max);
    }

    private static int Digits(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;

    private static long Pow10(int exp)
    {
        var result = 1L;
        for (var i = 0; i < exp; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static long ThreeDigits(long value)
    {
        var digits = Digits(value);
        if (digits <= 3)
        {
            return value;
        }

        var p = Pow10(digits - 3);
        return (value + (p / 2)) / p * p;
    }

    private static string TitleCase(string text) => string.Join(' ', text.Split(' ').Select((w, i) =>
        i > 0 && SmallWords.Contains(w) ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private string Slug(string entity, Sector sector, string city)
    {
        var baseSlug = $"{SlugWord(entity.Replace("PT ", "", StringComparison.Ordinal).Replace(" Tbk", "", StringComparison.Ordinal))}-{sector.Slug}-{SlugWord(city)}";
        var slug = baseSlug;
        for (var n = 2; !_slugs.Add(slug); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        return slug;
    }

    private static string SlugWord(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }
}
