using System.Globalization;
using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Localization;
using NewsBrief.Recognition;

namespace NewsBrief.Checks;

/// <summary>
/// The figure rules of <c>newsbrief check</c>, run on a parsed facts file (NB7001-NB7006): figures
/// written literally in reader text, literals that contradict a figure, reported amounts that
/// disagree with the story's rate, stale rates, and figures no text (or only some locales) mention.
/// Built once per run; thread-safe.
/// </summary>
public sealed partial class FigureChecker
{
    /// <summary>How far (as a fraction) a reported amount's implied rate may be from the story's rate.</summary>
    public const decimal RateTolerance = 0.03m;

    /// <summary>How many days a rate may be dated from the story's date.</summary>
    public const int RateMaxDays = FigureFormatter.RateMaxDays;

    /// <summary>
    /// How far a literal may be from a figure and still be about it: within a factor of 2 either way.
    /// "Rp4 miliar" is about a figure of Rp4,87 miliar; "Rp10 miliar" or "Rp1 miliar" is another amount.
    /// </summary>
    public const decimal PlausibleFactor = 2m;

    private readonly Dictionary<string, (FigureRecognizer Recognizer, LocaleFormatter Formatter)> locales = new(StringComparer.Ordinal);

    /// <summary>Prepares a recogniser and formatter for every locale of <paramref name="catalog"/>.</summary>
    public FigureChecker(LocaleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var locale in catalog.Locales)
        {
            locales[locale.Code] = (new FigureRecognizer(locale), new LocaleFormatter(locale));
        }
    }

    /// <summary>Runs every figure rule on <paramref name="facts"/>, read from <paramref name="source"/>.</summary>
    public void Check(FactFile facts, SourceText source, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var texts = Texts(facts).ToList();
        foreach (var (what, text) in texts)
        {
            foreach (var (locale, located) in text.ByLocale.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                // A kind's generated text is checked as any text, its findings stated for the template (FigureChecker.Kinds.cs).
                var bag = located.GeneratedBy is null ? diagnostics : new DiagnosticBag();

                // Placeholders become letters of the same length: positions stay, and nothing in them reads as a figure.
                // Once per text, for both scans.
                var masked = Placeholder().Replace(located.Text, m => new string('x', m.Length));
                CheckLiterals(facts, locale, located, masked, source, bag);
                CheckWhenLiterals(facts, locale, located, masked, source, bag); // FigureChecker.When.cs
                CheckStackedQualifiers(facts, locale, located, source, bag);
                if (what != "headline" && !what.StartsWith("the label", StringComparison.Ordinal))
                {
                    CheckDigitsOpeningASentence(facts, locale, located, source, bag);
                }

                if (bag != diagnostics)
                {
                    AddGenerated(facts, located, bag, diagnostics);
                }
            }
        }

        CheckReportedRates(facts, source, diagnostics);
        CheckRateDates(facts, diagnostics);
        CheckUse(facts, texts, diagnostics);
    }

    /// <summary>The names of the figures a text writes as <c>{name}</c>, in order.</summary>
    public static IEnumerable<string> PlaceholderNames(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>Every reader-visible text: headline, lede, points, events, then figure labels.</summary>
    private static IEnumerable<(string What, LocalizedText Text)> Texts(FactFile facts)
    {
        yield return ("headline", facts.Headline);
        yield return ("lede", facts.Lede);
        for (var i = 0; i < facts.Points.Count; i++)
        {
            yield return ($"point {i + 1}", facts.Points[i]);
        }

        for (var i = 0; i < facts.Events.Count; i++)
        {
            yield return ($"event {i + 1}", facts.Events[i].Text);
        }

        foreach (var figure in facts.Figures)
        {
            if (figure.Label is { } label)
            {
                yield return ($"the label of {figure.Name}", label);
            }
        }
    }

    // --- NB7001, NB7002: literals in reader text ---
    private void CheckLiterals(FactFile facts, string locale, LocatedText located, string masked, SourceText source, DiagnosticBag diagnostics)
    {
        if (!locales.TryGetValue(locale, out var l))
        {
            return;
        }

        var matched = new Dictionary<RecognizedFigure, Figure?>();
        foreach (var literal in l.Recognizer.Recognize(masked))
        {
            if (literal.Kind == FigureKind.Date)
            {
                continue; // dates are written in texts: facts have no date figures to put in their place
            }

            var stated = Refers(facts, literal);
            matched[literal] = stated?.Figure;
            var at = source.Locate(located, literal.Start, literal.Text);
            if (stated is { } s && !literal.Covers(s.Value))
            {
                var gap = (literal.Value - s.Value) / s.Value * 100m;
                diagnostics.Add(DiagnosticDescriptors.FigureContradicted, at,
                    $"\"{literal.Text}\" {(gap < 0 ? "understates" : "overstates")} {s.Figure.Name} ({Display(l.Formatter, s, facts)}) by {Percent(gap)}; " +
                    $"write {{{s.Figure.Name}}} instead, or correct the figure if the text is right.");
                continue;
            }

            if (literal.EquivalentOf is { } main && matched.TryGetValue(main, out var mainFigure) && mainFigure is not null && mainFigure == stated?.Figure)
            {
                continue; // the equivalent of a literal already reported: one placeholder writes both
            }

            var written = literal.Equivalent is { } eq ? WithEquivalent(masked, literal, eq) : literal.Text;
            diagnostics.Add(DiagnosticDescriptors.FigureWrittenLiterally, at, stated is { } named
                ? $"Write {{{named.Figure.Name}}} instead of \"{written}\": a placeholder writes the figure from the facts, in every locale's style."
                : $"\"{written}\" is written literally and no figure of this file states it; add it to `figures` and write its `{{name}}` here, so every locale writes it from the facts.");
        }
    }

    // --- NB7007: an adverb stacked on a figure's own qualifier ---
    // "Spent just {r1_cost}" with qualifier: about writes "just about $294,000", which reads "almost".
    private void CheckStackedQualifiers(FactFile facts, string locale, LocatedText located, SourceText source, DiagnosticBag diagnostics)
    {
        if (!locales.TryGetValue(locale, out var l))
        {
            return;
        }

        var words = StackingWords(l.Formatter.Locale);
        foreach (Match m in Placeholder().Matches(located.Text))
        {
            if (facts.FindFigure(m.Groups[1].Value) is not { Qualifier: not Qualifier.None } figure)
            {
                continue;
            }

            // A span, not a copy of the text before each placeholder: linear in the text however many placeholders it has.
            var before = located.Text.AsSpan(0, m.Index).TrimEnd();
            string? word = null;
            foreach (var w in words)
            {
                if (before.EndsWith(w, StringComparison.OrdinalIgnoreCase) &&
                    (before.Length == w.Length || !char.IsLetterOrDigit(before[before.Length - w.Length - 1])))
                {
                    word = w;
                    break;
                }
            }

            if (word is null)
            {
                continue;
            }

            var start = before.Length - word.Length;
            var written = before[start..].ToString();
            var qualifier = l.Formatter.Money.Qualify(figure.Qualifier, "…");
            diagnostics.Add(DiagnosticDescriptors.QualifierStacked, source.Locate(located, start, written),
                $"\"{written}\" stands right before {{{figure.Name}}}, which writes its own qualifier (\"{qualifier}\"): together they read \"{written} {qualifier}\", two hedges " +
                $"(\"just about\" means \"almost\"). Drop \"{written}\", or remove the qualifier of {figure.Name} if the figure is exact.");
        }
    }

    // --- NB7008: a figure that would open a sentence with a digit ---
    // Whole counts are spelled there by the renderer; a percentage, a decimal or an amount written
    // number first (5,3 persen, 4.87 billion rupiah) cannot be, so the writer recasts the sentence.
    private void CheckDigitsOpeningASentence(FactFile facts, string locale, LocatedText located, SourceText source, DiagnosticBag diagnostics)
    {
        if (!locales.TryGetValue(locale, out var l))
        {
            return;
        }

        var formatter = new FigureFormatter(l.Formatter);
        var previousEnd = -1;
        foreach (Match m in Placeholder().Matches(located.Text))
        {
            // Only the text since the previous placeholder (standing as 0) decides, as in FactTextRenderer: linear time.
            var before = previousEnd < 0 ? located.Text[..m.Index] : string.Concat("0", located.Text.AsSpan(previousEnd, m.Index - previousEnd));
            previousEnd = m.Index + m.Length;
            if (facts.FindFigure(m.Groups[1].Value) is not { } figure || !TextCase.IsSentenceStart(before, l.Formatter.Locale))
            {
                continue;
            }

            var written = formatter.Format(figure, facts, TextStyle.Prose, new FigurePlacement(SentenceStart: true, Sign: SignFormOf(m)));
            if (OpensWithDigits(written, l.Formatter.Locale))
            {
                diagnostics.Add(DiagnosticDescriptors.DigitsOpenSentence, source.Locate(located, m.Index, m.Value),
                    $"{{{figure.Name}}} opens a sentence as \"{written}\": a sentence never starts with a figure (EYD V, AP). " +
                    "Recast it so a word comes first (\"Inflasi mencapai …\", \"Inflation was …\").");
            }
        }
    }

    /// <summary>The locale's stacking adverbs and qualifier words, longest first so "kurang dari" wins over "dari".</summary>
    // Once per locale, not once per text: build runs these checks on every text of every brief.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LocaleData, List<string>> StackingWordsCache = new();

    private static List<string> StackingWords(LocaleData locale) => StackingWordsCache.GetValue(locale, ComputeStackingWords);

    private static List<string> ComputeStackingWords(LocaleData locale)
    {
        var words = new List<string>(locale.Recognition?.StackingAdverbs ?? []);
        words.AddRange(locale.Recognition?.Qualifiers.Values.SelectMany(q => q) ?? []);
        return [.. words.Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Which stated value a literal is about. The rule: a figure of the same kind, stated in the
    /// literal's currency (the money figure's amount, or one of its <c>reported</c> amounts) or unit,
    /// whose value is within <see cref="PlausibleFactor"/> of the literal's either way; of those, the
    /// nearest by ratio, and the first written on a tie. A conversion through a rate is not a stated
    /// value (it is approximate), so a literal in a currency the figure does not state refers to nothing.
    /// </summary>
    private static Stated? Refers(FactFile facts, RecognizedFigure literal)
    {
        Stated? best = null;
        var bestRatio = decimal.MaxValue;
        foreach (var stated in StatedValues(facts, literal))
        {
            if (stated.Value <= 0 || literal.Value <= 0)
            {
                continue;
            }

            // Out of a decimal's range means far more than PlausibleFactor apart: not about this figure.
            var ratio = literal.Value > stated.Value ? CheckedDecimal.Divide(literal.Value, stated.Value) : CheckedDecimal.Divide(stated.Value, literal.Value);
            if (ratio is { } r && r <= PlausibleFactor && r < bestRatio)
            {
                best = stated;
                bestRatio = r;
            }
        }

        return best;
    }

    private static IEnumerable<Stated> StatedValues(FactFile facts, RecognizedFigure literal)
    {
        foreach (var figure in facts.Figures.SelectMany(Singles))
        {
            switch (figure, literal.Kind)
            {
                case (MoneyFigure m, FigureKind.Money):
                    if (string.Equals(m.Currency, literal.Key, StringComparison.Ordinal))
                    {
                        yield return new Stated(m, m.Amount, m.Currency);
                    }

                    if (literal.Key is { } currency && m.Reported.TryGetValue(currency, out var reported))
                    {
                        yield return new Stated(m, reported, currency);
                    }

                    break;
                case (QuantityFigure q, FigureKind.Count) when string.Equals(q.Unit, literal.Key, StringComparison.Ordinal):
                    yield return new Stated(q, q.Value, q.Unit);
                    break;
                case (PercentFigure p, FigureKind.Percent):
                    yield return new Stated(p, p.Percent, null);
                    break;
                case (NumberFigure n, FigureKind.Number):
                    yield return new Stated(n, n.Value, null);
                    break;
            }
        }
    }

    /// <summary>The stated value as the text's locale writes it, without qualifier: <c>Rp4,87 miliar</c>.</summary>
    private static string Display(LocaleFormatter f, Stated s, FactFile facts) => s.Figure switch
    {
        MoneyFigure => f.Money.Format(s.Value, s.Key!, MoneyOptions.Default),
        QuantityFigure q => f.Count.Format(q.Value, q.Unit),
        PercentFigure p => f.Percent.Format(p.Fraction, (decimal.GetBits(p.Percent)[3] >> 16) & 0xFF, TextStyle.Prose),
        _ => new FigureFormatter(f).Format(s.Figure with { Qualifier = Qualifier.None }, facts, TextStyle.Prose),
    };

    /// <summary>A literal through the end of its stated equivalent, and the closing bracket after it.</summary>
    private static string WithEquivalent(string text, RecognizedFigure literal, RecognizedFigure equivalent)
    {
        var end = equivalent.End;
        if (end < text.Length && text[end] is ')' or ']')
        {
            end++;
        }

        return text[literal.Start..end];
    }

    /// <summary>18% for a gap of 17.86; one decimal below 1% (0.4%), and "less than 0.1%" below that.</summary>
    private static string Percent(decimal gap)
    {
        var abs = Math.Abs(gap);
        var whole = Math.Round(abs, 0, MidpointRounding.AwayFromZero);
        if (whole >= 1)
        {
            return whole.ToString("0", CultureInfo.InvariantCulture) + "%";
        }

        var tenth = Math.Round(abs, 1, MidpointRounding.AwayFromZero);
        return tenth > 0 ? tenth.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "less than 0.1%";
    }

    // --- NB7003: a reported amount against the story's rate ---
    private static void CheckReportedRates(FactFile facts, SourceText source, DiagnosticBag diagnostics)
    {
        foreach (var money in facts.Figures.OfType<MoneyFigure>())
        {
            foreach (var (currency, reported) in money.Reported.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                var rate = facts.Rates.FirstOrDefault(r =>
                    (r.Base == money.Currency && r.Quote == currency) || (r.Base == currency && r.Quote == money.Currency));
                if (rate is null || rate.Rate <= 0 || money.Amount == 0 || reported == 0) // a loss and its reported amount share a sign (NB1049)
                {
                    continue; // no rate for the pair: nothing to compare with (and the formatter shows the reported amount as stated)
                }

                // Facts numbers are below 10^18 with at most 9 decimals, so the implied rate fits; the gap
                // to the story's rate may not (10^26 against a rate of 0.000000001): then it is surely too far.
                var implied = rate.Base == money.Currency ? CheckedDecimal.Divide(reported, money.Amount) : CheckedDecimal.Divide(money.Amount, reported);
                var gap = implied is { } i ? CheckedDecimal.Divide(i - rate.Rate, rate.Rate) : null;
                if (gap is not { } g || Math.Abs(g) > RateTolerance)
                {
                    var apart = gap is { } known && CheckedDecimal.Multiply(known, 100m) is { } percent ? Percent(percent) : "far more than 100%";
                    diagnostics.Add(DiagnosticDescriptors.ReportedRateMismatch, source.Find(money.Location, "reported"),
                        $"{money.Name} reports {Number(reported)} {currency} for {Number(money.Amount)} {money.Currency}, which implies {rate.Base}/{rate.Quote} {(implied is { } shown ? Number(shown) : "a rate too large to compute")}; " +
                        $"the story's rate is {Number(rate.Rate)} ({rate.Date}), {apart} apart (more than {Percent(RateTolerance * 100m)}). " +
                        "Correct the reported amount, or the rate if it is the stale one.");
                }
            }
        }
    }

    // --- NB7004: a rate far from the story's date ---
    // A warning, not an error: a story about an old event may rightly convert at the rate of its day,
    // but a stale rate usually means a conversion readers will take as today's. --strict makes it an error.
    private static void CheckRateDates(FactFile facts, DiagnosticBag diagnostics)
    {
        foreach (var rate in facts.Rates)
        {
            var days = DaysApart(rate.Date, facts.Date);
            if (days > RateMaxDays)
            {
                diagnostics.Add(DiagnosticDescriptors.StaleRate, rate.Location,
                    $"The {rate.Base}/{rate.Quote} rate is dated {rate.Date}, {days} days from the story's date {facts.Date}; conversions with it may mislead. " +
                    $"Use a rate dated within {RateMaxDays} days of the story.");
            }
        }
    }

    /// <summary>Days between the nearest days two partial dates cover (0 when they overlap: 2025-09 and 2025-09-18).</summary>
    internal static int DaysApart(PartialDate a, PartialDate b) => PartialDate.DaysApart(a, b);

    // --- NB7005, NB7006: figures no text, or only some locales' headline or lede, mention ---
    // The key-figures table of the templates lists every figure, so "used" means written as {name}
    // in a text (headline, lede, points, events or another figure's label).
    private static void CheckUse(FactFile facts, IReadOnlyList<(string What, LocalizedText Text)> texts, DiagnosticBag diagnostics)
    {
        var used = texts.SelectMany(t => t.Text.ByLocale.Values).SelectMany(t => PlaceholderNames(t.Text)).ToHashSet(StringComparer.Ordinal);
        foreach (var figure in facts.Figures.Where(f => !used.Contains(f.Name)))
        {
            diagnostics.Add(DiagnosticDescriptors.FigureUnused, figure.Location,
                $"No text mentions {figure.Name}: the key-figures table lists it, but no headline, lede, point or event writes {{{figure.Name}}}. Write it where the story needs it, or remove the figure.");
        }

        foreach (var (what, text) in texts.Take(2))
        {
            var names = text.ByLocale.ToDictionary(t => t.Key, t => PlaceholderNames(t.Value.Text).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            foreach (var figure in facts.Figures.Where(f => what != "headline" || !f.HeadlineOptional))
            {
                var with = names.Where(n => n.Value.Contains(figure.Name)).Select(n => n.Key).Order(StringComparer.Ordinal).ToList();
                if (with.Count == 0)
                {
                    continue;
                }

                foreach (var (locale, located) in text.ByLocale.Where(t => !names[t.Key].Contains(figure.Name)).OrderBy(t => t.Key, StringComparer.Ordinal))
                {
                    diagnostics.Add(DiagnosticDescriptors.FigureMissingInLocale, located.Location,
                        $"The {locale} {what} does not mention {figure.Name}, but the {string.Join(" and ", with)} {what} does; readers of every language should get the same figures. Write {{{figure.Name}}} here too" +
                        (what == "headline" ? $", or give {figure.Name} `headline: optional` when this headline rightly leaves it out." : "."));
                }
            }
        }
    }

    private static string Number(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)(:[a-z]+)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>A value a figure states: its amount, or one of its reported amounts, in <see cref="Key"/>'s currency or unit.</summary>
    private readonly record struct Stated(Figure Figure, decimal Value, string? Key);
}
