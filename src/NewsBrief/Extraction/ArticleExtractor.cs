using System.Globalization;
using System.Text;
using NewsBrief.Facts;
using NewsBrief.Formatting;
using NewsBrief.Localization;
using NewsBrief.Recognition;

namespace NewsBrief.Extraction;

/// <summary>
/// Drafts a facts file from an article's text (<c>newsbrief extract</c>): every figure the
/// recogniser finds becomes a named entry (money with its stated equivalent as <c>reported</c>, and
/// the rate that pair implies), dated sentences become events, and the sentences with figures are
/// kept as comments with <c>{placeholders}</c> put in. Metadata is left as <c>&lt;...&gt;</c> markers
/// for the editor. The same input always gives the same draft.
/// </summary>
/// <remarks>
/// The same amount written twice is one figure. An amount written less precisely than another of the
/// same currency is that figure too when it is the other rounded to its precision, or cut off at it
/// (<c>Rp4 Miliar</c> for Rp4,87 miliar): the draft then writes the placeholder and a note says by how
/// much the article's text was off. Names come from the nearest word of four letters or more before
/// the figure, with the currency, unit or <c>percent</c> after it: drafts for the editor to rename.
/// </remarks>
public sealed partial class ArticleExtractor
{
    /// <summary>The marker of a value the editor must fill in; <see cref="DateMarker"/> and <see cref="UrlMarker"/> are the typed ones.</summary>
    public const string TextMarker = "<text>";

    /// <summary>The marker of a date to fill in, <c>yyyy-mm-dd</c>.</summary>
    public const string DateMarker = "<yyyy-mm-dd>";

    /// <summary>The marker of a source's address.</summary>
    public const string UrlMarker = "<https://...>";

    private readonly LocaleCatalog catalog;

    /// <summary>Drafts with the locales of <paramref name="catalog"/>.</summary>
    public ArticleExtractor(LocaleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        this.catalog = catalog;
    }

    /// <summary>The draft facts file for <paramref name="article"/>, written in <paramref name="locale"/>.</summary>
    public string Extract(string article, string locale, string articleName)
    {
        ArgumentNullException.ThrowIfNull(article);
        var data = catalog[locale];
        var recognizer = new FigureRecognizer(data);
        var formatter = new LocaleFormatter(data);
        var text = article.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        var when = new WhenScanner(data);
        var year = ArticleYear(text, recognizer, when);
        var (perNames, perWord) = (PerNames(data), PerWord(data));
        var sentences = Sentences(text, p =>
        {
            var figures = recognizer.Recognize(p);
            MarkPerUnits(p, figures, perNames, perWord); // ArticleExtractor.PerUnit.cs
            return WithWhen(figures, when.Find(p, year)); // ArticleExtractor.When.cs
        }, out var title);
        var entries = Entries(sentences);
        MarkSigns(entries, sentences, recognizer); // ArticleExtractor.Signed.cs
        Name(entries, sentences);
        return Write(sentences, entries, title, locale, articleName, formatter, data, Texts(data));
    }

    // --- reading ---

    /// <summary>Paragraphs split at blank lines, sentences at . ! ? before a capital or digit, never inside a figure.</summary>
    private static List<Sentence> Sentences(string text, Func<string, IReadOnlyList<RecognizedFigure>> recognize, out Sentence? title)
    {
        title = null;
        var result = new List<Sentence>();
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0)
            .ToList();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var figures = recognize(paragraph);
            var start = 0;
            for (var i = 0; i < paragraph.Length; i++)
            {
                var end = i + 1 == paragraph.Length
                    || (paragraph[i] is '.' or '!' or '?' && paragraph[i + 1] == ' ' && i + 2 < paragraph.Length
                        && (char.IsUpper(paragraph[i + 2]) || char.IsAsciiDigit(paragraph[i + 2]) || paragraph[i + 2] is '"' or '“')
                        && !figures.Any(f => f.Start <= i && i < f.End));
                if (end)
                {
                    var sentence = new Sentence(paragraph, start, i + 1, p, figures.Where(f => f.Start >= start && f.Start <= i).ToList());
                    result.Add(sentence);
                    start = i + 2;
                    i++;
                }
            }

            if (p == 0 && paragraphs.Count > 1 && paragraph.Length <= 200 && paragraph[^1] is not ('.' or '!' or '?' or ':') && result.Count == 1)
            {
                title = result[0];
            }
        }

        return result;
    }

    /// <summary>One entry per distinct figure, in order of first mention; less precise mentions merged in.</summary>
    private static List<Entry> Entries(List<Sentence> sentences)
    {
        var entries = new List<Entry>();
        foreach (var sentence in sentences)
        {
            foreach (var figure in sentence.Figures.Where(f => f.Kind != FigureKind.Date && f.EquivalentOf is null))
            {
                var same = entries.Find(e => e.Kind == figure.Kind && e.Key == figure.Key && e.Value == figure.Value);
                if (same is null)
                {
                    same = new Entry(figure, sentence);
                    entries.Add(same);
                }
                else if (Detail(figure) > Detail(same.First))
                {
                    // "$294,000" in a title, "about $294,000 (Rp4.87 billion)" in the body: the body says more.
                    same.First = figure;
                    same.Sentence = sentence;
                }

                same.Mentions.Add(figure, null);
            }
        }

        foreach (var coarse in entries.ToList())
        {
            foreach (var fine in entries.Where(e => e != coarse && e.Kind == coarse.Kind))
            {
                if (fine.Stated(coarse.Key) is not { } stated || stated.Precision >= coarse.Precision || stated.Value <= 0)
                {
                    continue;
                }

                var truncated = Math.Truncate(stated.Value / coarse.Precision) * coarse.Precision;
                if (coarse.First.Covers(stated.Value) || truncated == coarse.Value)
                {
                    foreach (var (mention, _) in coarse.Mentions)
                    {
                        fine.Mentions[mention] = coarse.First.Covers(stated.Value) ? null : stated;
                    }

                    entries.Remove(coarse);
                    break;
                }
            }
        }

        return entries;
    }

    /// <summary>How much a mention states besides its value: an equivalent counts most, then a qualifier.</summary>
    private static int Detail(RecognizedFigure figure) => (figure.Equivalent is not null ? 2 : 0) + (figure.Qualifier != Qualifier.None ? 1 : 0);

    /// <summary>Names from context words: snake_case, ASCII, unique.</summary>
    private static void Name(List<Entry> entries, List<Sentence> sentences)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var suffix = entry.Kind switch
            {
                FigureKind.Money or FigureKind.Count => Slug(entry.Key ?? ""),
                FigureKind.Percent => "percent",
                FigureKind.Time or FigureKind.Day or FigureKind.Period => WhenSuffix(entry.Kind),
                _ => "",
            };
            var context = Slug(ContextWord(entry.Sentence, entry.First) ?? "");
            var name = string.Join('_', new[] { context, suffix }.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal));
            if (name.Length == 0 || !char.IsAsciiLetterLower(name[0]))
            {
                name = "figure" + (name.Length > 0 ? "_" + name : "");
            }

            var unique = name;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = string.Create(CultureInfo.InvariantCulture, $"{name}_{n}");
            }

            entry.Name = unique;
        }
    }

    /// <summary>The nearest word of four letters or more before the figure (else after it), outside any figure.</summary>
    private static string? ContextWord(Sentence sentence, RecognizedFigure figure)
    {
        bool InFigure(int i) => sentence.Figures.Any(f => f.Start <= i && i < (f.Equivalent?.End ?? f.End));
        var words = new List<(int Start, string Word)>();
        var text = sentence.Paragraph;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (char.IsLetter(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                var end = i;
                while (end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    end++;
                }

                if (end - i >= 4 && text[i..end].All(char.IsLetter) && !InFigure(i))
                {
                    words.Add((i, text[i..end]));
                }

                i = end;
            }
        }

        return words.LastOrDefault(w => w.Start < figure.Start).Word ?? words.FirstOrDefault(w => w.Start > figure.End).Word;
    }

    private static string Slug(string word)
    {
        var sb = new StringBuilder();
        foreach (var c in word.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    // --- writing ---
    private static string Write(List<Sentence> sentences, List<Entry> entries, Sentence? title, string locale, string articleName, LocaleFormatter formatter, LocaleData data, IReadOnlyList<string> others)
    {
        var sb = new StringBuilder();
        sb.Append("# Facts drafted by `newsbrief extract` from ").Append(articleName).Append(" (").Append(locale).Append(").\n");
        sb.Append("# Fill in every <...>, check each figure against the article, rename the figures to say what\n");
        sb.Append("# they are (and their {placeholders} with them), then run `newsbrief check`.\n");
        sb.Append("date: ").Append(DateMarker).Append("                # publication date of the brief\n");
        sb.Append("kind: brief\n");
        sb.Append("tags: []\n");
        sb.Append("source:\n  name: ").Append(TextMarker).Append("\n  date: ").Append(DateMarker).Append("\n  url: ").Append(UrlMarker).Append('\n');

        var rates = Rates(entries);
        if (rates.Count == 0)
        {
            sb.Append("rates: []\n");
        }
        else
        {
            sb.Append("rates:\n");
            foreach (var (pair, rate, note) in rates)
            {
                sb.Append("  - pair: ").Append(pair).Append("\n    rate: ").Append(Invariant(rate))
                    .Append("\n    date: ").Append(DateMarker).Append("\n    note: ").Append(Quote(note)).Append('\n');
            }
        }

        WriteFigures(sb, entries, data, others);
        sb.Append("headline:\n");
        WriteTexts(sb, "  ", others, locale, title is null ? null : Placed(title, entries), title is null ? null : "the article's title");
        var lede = sentences.FirstOrDefault(s => s != title);
        sb.Append("lede:\n");
        WriteTexts(sb, "  ", others, locale, lede is null ? null : Placed(lede, entries), lede is null ? null : "the article's first sentence");
        sb.Append("points: []\n");
        WriteSentences(sb, sentences, entries, formatter);
        WriteEvents(sb, sentences, entries, others, locale);
        return sb.ToString();
    }

    /// <summary>Every locale code of the catalogue, ordered: the texts drafted for the article's, markers for the others.</summary>
    private IReadOnlyList<string> Texts(LocaleData data) => catalog.Codes.Order(StringComparer.Ordinal).ToList() is { Count: > 0 } codes ? codes : [data.Code];

    private static void WriteFigures(StringBuilder sb, List<Entry> entries, LocaleData data, IReadOnlyList<string> locales)
    {
        if (entries.Count == 0)
        {
            sb.Append("figures: {}\n");
            return;
        }

        sb.Append("figures:\n");
        foreach (var e in entries)
        {
            sb.Append("  ").Append(e.Name).Append(":   # ").Append(Written(e)).Append('\n');
            switch (e.Kind)
            {
                case FigureKind.Count when SignedKey(e) is { } points:
                    sb.Append("    ").Append(points).Append(": ").Append(Signed(e, Invariant(e.Value))).Append('\n');
                    break;
                case FigureKind.Money:
                    sb.Append("    amount: ").Append(Signed(e, Amount(e.Value, data))).Append('\n');
                    sb.Append("    currency: ").Append(e.Key).Append('\n');
                    if (e.First.Per is { } per)
                    {
                        sb.Append("    per: ").Append(per).Append('\n');
                    }

                    break;
                case FigureKind.Count:
                    sb.Append("    value: ").Append(Amount(e.Value, data)).Append('\n');
                    sb.Append("    unit: ").Append(e.Key).Append('\n');
                    break;
                case FigureKind.Percent:
                    sb.Append("    percent: ").Append(Signed(e, Invariant(e.Value))).Append('\n');
                    break;
                case FigureKind.Time or FigureKind.Day or FigureKind.Period:
                    WriteWhen(sb, e.Kind, e.Key ?? ""); // ArticleExtractor.When.cs
                    break;
                default:
                    sb.Append("    value: ").Append(Signed(e, Amount(e.Value, data))).Append('\n');
                    break;
            }

            if (e.First.Qualifier != Qualifier.None)
            {
                sb.Append("    qualifier: ").Append(QualifierKey(e.First.Qualifier)).Append('\n');
            }

            if (e.First.Equivalent is { Key: not null } eq)
            {
                sb.Append("    reported: { ").Append(eq.Key).Append(": ").Append(Amount(eq.Value, data)).Append(" }\n");
            }

            sb.Append("    label:\n");
            foreach (var code in locales)
            {
                sb.Append("      ").Append(code).Append(": ").Append(TextMarker).Append('\n');
            }
        }
    }

    private static void WriteTexts(StringBuilder sb, string indent, IReadOnlyList<string> locales, string locale, string? drafted, string? from)
    {
        foreach (var code in locales)
        {
            sb.Append(indent).Append(code).Append(": ");
            if (code == locale && drafted is not null)
            {
                sb.Append(Quote(drafted)).Append("   # ").Append(from).Append('\n');
            }
            else
            {
                sb.Append(TextMarker).Append('\n');
            }
        }
    }

    private static void WriteSentences(StringBuilder sb, List<Sentence> sentences, List<Entry> entries, LocaleFormatter formatter)
    {
        var withFigures = sentences.Where(s => s.Figures.Any(f => f.Kind != FigureKind.Date)).ToList();
        if (withFigures.Count == 0)
        {
            return;
        }

        sb.Append("# The article's sentences with figures, {placeholders} put in: draft the points from them.\n");
        foreach (var sentence in withFigures)
        {
            sb.Append("# - ").Append(Placed(sentence, entries)).Append('\n');
            foreach (var figure in sentence.Figures)
            {
                var entry = entries.Find(e => e.Mentions.ContainsKey(figure));
                if (entry?.Mentions[figure] is { } stated)
                {
                    var gap = (figure.Value - stated.Value) / stated.Value * 100m;
                    var display = formatter.Money.Knows(figure.Key ?? "") && figure.Kind == FigureKind.Money
                        ? formatter.Money.Format(stated.Value, figure.Key!, MoneyOptions.Default)
                        : Invariant(stated.Value);
                    sb.Append("#   note: the article's \"").Append(figure.Text).Append("\" ").Append(gap < 0 ? "understates" : "overstates")
                        .Append(' ').Append(entry.Name).Append(" (").Append(display).Append(") by ").Append(Percent(gap))
                        .Append("; the draft writes {").Append(entry.Name).Append("}.\n");
                }
            }
        }
    }

    private static void WriteEvents(StringBuilder sb, List<Sentence> sentences, List<Entry> entries, IReadOnlyList<string> locales, string locale)
    {
        var events = sentences
            .SelectMany(s => s.Figures.Where(f => f.Kind == FigureKind.Date && f.Date?.ToPartialDate() is not null).Select(f => (Date: f.Date!.ToPartialDate()!.Value, Sentence: s)))
            .OrderBy(e => e.Date)
            .ToList();
        if (events.Count == 0)
        {
            sb.Append("events: []\n");
            return;
        }

        sb.Append("events:\n");
        foreach (var (date, sentence) in events)
        {
            sb.Append("  - date: ").Append(date.ToString()).Append('\n');
            sb.Append("    text:\n");
            WriteTexts(sb, "      ", locales, locale, Placed(sentence, entries), "the article's sentence");
        }
    }

    /// <summary>The sentence with each figure (and its stated equivalent) replaced by its entry's placeholder.</summary>
    private static string Placed(Sentence sentence, List<Entry> entries)
    {
        var text = sentence.Paragraph;
        var sb = new StringBuilder();
        var at = sentence.Start;
        foreach (var figure in sentence.Figures.Where(f => f.Kind != FigureKind.Date && f.EquivalentOf is null).OrderBy(f => f.Start))
        {
            var entry = entries.Find(e => e.Mentions.ContainsKey(figure));
            if (entry is null || figure.Start < at)
            {
                continue;
            }

            var end = figure.Equivalent?.End ?? figure.End;
            if (figure.Equivalent is not null && end < text.Length && text[end] is ')' or ']' && text[figure.End..figure.Equivalent.Start].Contains('(', StringComparison.Ordinal))
            {
                end++;
            }

            var (start, form) = PlacedForm(entry, figure, at); // a sign form (ArticleExtractor.Signed.cs)
            if (form.Length == 0 && figure.Form is { } whenForm)
            {
                form = ":" + whenForm; // a day, time or period form (ArticleExtractor.When.cs)
            }

            sb.Append(text, at, start - at).Append('{').Append(entry.Name).Append(form).Append('}');
            at = Math.Min(end, sentence.End);
        }

        sb.Append(text, at, sentence.End - at);
        return sb.ToString();
    }

    /// <summary>The rate each stated pair implies (quote per base, base the dearer currency), once per pair.</summary>
    private static List<(string Pair, decimal Rate, string Note)> Rates(List<Entry> entries)
    {
        var rates = new List<(string Pair, decimal Rate, string Note)>();
        foreach (var e in entries)
        {
            if (e.Kind != FigureKind.Money || e.First.Equivalent is not { Key: { } other } eq || eq.Value <= 0 || e.Value <= 0)
            {
                continue;
            }

            var (pair, rate) = e.Value >= eq.Value ? ($"{other}/{e.Key}", e.Value / eq.Value) : ($"{e.Key}/{other}", eq.Value / e.Value);
            rate = rate >= 100 ? Math.Round(rate, 0, MidpointRounding.AwayFromZero) : Math.Round(rate, 4, MidpointRounding.AwayFromZero);
            if (!rates.Exists(r => r.Pair == pair))
            {
                rates.Add((pair, rate, $"implied by the article: {e.First.Text} = {eq.Text}"));
            }
        }

        return rates;
    }

    // --- small helpers ---

    /// <summary>The figure as the article wrote it, for the comment beside its entry.</summary>
    private static string Written(Entry e) =>
        e.First.Equivalent is { } eq ? $"{e.First.Text} = {eq.Text}" : e.First.Text;

    /// <summary>An amount as a facts file takes it: the article locale's largest scale word that keeps it short (4.87 miliar), else digits.</summary>
    private static string Amount(decimal value, LocaleData data)
    {
        foreach (var (word, scale) in data.ScaleWordValues().Where(s => s.Value >= 1_000_000).OrderByDescending(s => s.Value))
        {
            var scaled = value / scale;
            if (scaled >= 1 && scaled * 1000 == Math.Truncate(scaled * 1000))
            {
                return Invariant(scaled) + " " + word;
            }
        }

        return Invariant(value);
    }

    private static string QualifierKey(Qualifier q) => QualifierKeys.KeyOf(q);

    private static string Percent(decimal gap)
    {
        var abs = Math.Round(Math.Abs(gap), Math.Abs(gap) >= 1 ? 0 : 1, MidpointRounding.AwayFromZero);
        return abs.ToString(abs >= 1 ? "0" : "0.0", CultureInfo.InvariantCulture) + "%";
    }

    private static string Invariant(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A sentence: its range in its paragraph, and the figures that start in it.</summary>
    private sealed record Sentence(string Paragraph, int Start, int End, int ParagraphIndex, IReadOnlyList<RecognizedFigure> Figures);

    /// <summary>One drafted figure and where it is mentioned (with the stated value a less precise mention was cut from).</summary>
    private sealed class Entry(RecognizedFigure first, Sentence sentence)
    {
        /// <summary>The mention that states the most (qualifier, equivalent); the entry is written from it.</summary>
        public RecognizedFigure First { get; set; } = first;

        public Sentence Sentence { get; set; } = sentence;

        public FigureKind Kind => First.Kind;

        public string? Key => First.Key;

        public decimal Value => First.Value;

        public decimal Precision => First.Precision;

        public string Name { get; set; } = "";

        public Dictionary<RecognizedFigure, RecognizedFigure?> Mentions { get; } = [];

        /// <summary>The sign word before each mention that has one (<c>turun</c>, <c>rugi</c>), and where it starts.</summary>
        public Dictionary<RecognizedFigure, (SignWord Word, int Start)> Signs { get; } = [];

        /// <summary>The figure is negative: a mention of it follows a fall, loss or minus word.</summary>
        public bool Negative => Signs.Count > 0;

        /// <summary>What this entry states in <paramref name="key"/>: its own value, or its equivalent's.</summary>
        public RecognizedFigure? Stated(string? key) =>
            Key == key ? First : First.Equivalent is { } eq && eq.Key == key ? eq : null;
    }
}
