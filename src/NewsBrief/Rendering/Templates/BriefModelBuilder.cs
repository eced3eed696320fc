using NewsBrief.Facts;
using NewsBrief.Formatting;
using Scriban.Runtime;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// Builds the read-only model a brief template sees: strings already formatted for the locale and
/// escaped for Markdown, beside the values they were written from (numbers as decimals, dates as
/// ISO text), in <see cref="ScriptObject"/>s and <see cref="ScriptArray"/>s. No .NET object of the
/// domain reaches a template.
/// </summary>
/// <remarks>
/// <c>brief</c>: <c>slug</c>, <c>locale</c>, <c>date</c>, <c>date_iso</c>, <c>headline</c>, <c>lede</c>,
/// <c>plain</c> (<c>headline</c>, <c>lede</c>, <c>points[]</c>), <c>points[]</c>, <c>figures[]</c> and
/// <c>figure.NAME</c> (<c>name</c>, <c>label</c>, <c>value</c>, <c>prose</c>, <c>raw</c>, and the typed
/// values of <see cref="FigureModel"/>),
/// <c>events[]</c> (<c>date</c>, <c>date_iso</c>, <c>text</c>), <c>sources[]</c> (<c>name</c>,
/// <c>url</c>, <c>date</c>, <c>date_iso</c>), <c>tags[]</c>.
/// </remarks>
public static class BriefModelBuilder
{
    /// <summary>Builds the model of <paramref name="facts"/> for the locale of <paramref name="formatter"/>.</summary>
    public static ScriptObject Build(FactFile facts, LocaleFormatter formatter) => Build(facts, formatter, markFigures: false, marks: null);

    /// <summary>
    /// Builds the model; with <paramref name="markFigures"/> (review mode) every figure written into
    /// text, and each figure's <c>value</c> and <c>prose</c>, is wrapped in <see cref="FigureMarks"/>.
    /// With <paramref name="marks"/>, dates and a source name left in another locale's language are
    /// marked for the HTML (<see cref="ValueMarks"/>).
    /// </summary>
    public static ScriptObject Build(FactFile facts, LocaleFormatter formatter, bool markFigures, ValueMarks? marks) =>
        Build(facts, formatter, markFigures, marks, texts: null);

    /// <summary>The model, from <paramref name="texts"/> when given (the brief's texts in this locale, already rendered whole and without marks).</summary>
    internal static ScriptObject Build(FactFile facts, LocaleFormatter formatter, bool markFigures, ValueMarks? marks, BriefTexts? texts)
    {
        string Time(PartialDate date, string written) => marks is null ? written : marks.Time(date.ToString(), written);

        var locale = formatter.Locale.Code;
        var figureFormatter = new FigureFormatter(formatter);
        texts ??= BriefTexts.Of(facts, figureFormatter, markFigures);
        string Mark(Figure f, string written) => markFigures ? FigureMarks.Wrap(f.Name, written) : written;
        var figures = facts.Figures.Select(f => (Figure: f, Model: Freeze(FigureModel.Typed(f, new ScriptObject
        {
            ["name"] = f.Name,
            ["label"] = f.Label?.For(locale) is { } label ? MarkdownText.Escape(label.Text) : MarkdownText.Escape(f.Name),
            ["value"] = Mark(f, MarkdownText.Escape(figureFormatter.Format(f, facts, TextStyle.Table))),
            ["prose"] = Mark(f, MarkdownText.Escape(figureFormatter.Format(f, facts, TextStyle.Prose))),
            ["raw"] = FigureFormatter.Raw(f),
        })))).ToList();

        var brief = new ScriptObject
        {
            ["slug"] = facts.Slug,
            ["locale"] = locale,
            ["kind"] = facts.Kind,
            ["date"] = Time(facts.Date, MarkdownText.Escape(formatter.Date.Format(facts.Date))),
            ["date_iso"] = facts.Date.ToString(),
            ["headline"] = texts.Headline.Markdown,
            ["lede"] = texts.Lede.Markdown,
            // The same texts as plain text (no escaping, no marks), from the same render.
            ["plain"] = Freeze(new ScriptObject
            {
                ["headline"] = texts.Headline.Plain,
                ["lede"] = texts.Lede.Plain,
                ["points"] = Array(texts.Points.Select(p => (object)p.Plain)),
            }),
            ["points"] = Array(texts.Points.Select(p => (object)p.Markdown)),
            ["figures"] = Array(figures.Select(f => (object)f.Model)),
            // The same figures by name: brief.figure.r1_cost.value, brief.figure.r1_cost.amount.
            ["figure"] = Freeze(ByName(figures.Select(f => (f.Figure.Name, f.Model)))),
            ["events"] = Array(texts.Events.Select(e => (object)Freeze(new ScriptObject
            {
                ["date"] = Time(e.Event.Date, MarkdownText.Escape(formatter.Date.Format(e.Event.Date))),
                ["date_iso"] = e.Event.Date.ToString(),
                ["text"] = e.Text.Markdown,
            }))),
            ["sources"] = Array(facts.Sources.Select(s => (object)Freeze(new ScriptObject
            {
                ["name"] = SourceName(s, locale, marks),
                ["url"] = s.Url ?? "",
                ["date"] = s.Date is { } d ? Time(d, MarkdownText.Escape(formatter.Date.Format(d))) : "",
                ["date_iso"] = s.Date?.ToString() ?? "",
            }))),
            ["tags"] = Array(facts.Tags.Select(t => (object)MarkdownText.Escape(t))),
        };

        return Freeze(new ScriptObject { ["brief"] = Freeze(brief) });
    }

    // A name given per locale but not in this one is shown in the language it was given in, marked so
    // (lang="id" on an English page); a single name for every locale is nobody's in particular.
    private static string SourceName(FactSource source, string locale, ValueMarks? marks)
    {
        var name = MarkdownText.Escape(source.NameFor(locale));
        if (marks is null || source.Names is not { } names || names.For(locale) is not null)
        {
            return name;
        }

        var written = names.ByLocale.Where(n => n.Value.Text == source.Name).Select(n => n.Key).Order(StringComparer.Ordinal).FirstOrDefault();
        return written is null ? name : marks.Lang(written, name);
    }

    private static ScriptObject ByName(IEnumerable<(string Name, ScriptObject Model)> items)
    {
        var byName = new ScriptObject();
        foreach (var (name, model) in items)
        {
            byName.SetValue(name, model, readOnly: true);
        }

        return byName;
    }

    private static ScriptArray Array(IEnumerable<object> items)
    {
        var array = new ScriptArray(items) { IsReadOnly = true };
        return array;
    }

    private static ScriptObject Freeze(ScriptObject o)
    {
        o.IsReadOnly = true;
        return o;
    }
}
