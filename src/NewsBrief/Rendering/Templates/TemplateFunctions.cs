using NewsBrief.Facts;
using NewsBrief.Formatting;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// Functions templates call. Each reads the locale from the context (no locale argument) and
/// delegates to <see cref="Formatting"/>. Results are Markdown-escaped text.
/// </summary>
/// <example>
/// <c>{{ fmt.money 4870000000 "IDR" }}</c> renders <c>Rp4,87 miliar</c> in id and <c>4.87 billion rupiah</c> in en;
/// <c>{{ t "key_figures" }}</c> renders <c>Angka kunci</c> / <c>Key figures</c>.
/// </example>
internal sealed partial class TemplateFunctions : ScriptObject
{
    public TemplateFunctions()
    {
        SetValue("t", new TextFunction("t", Translate), readOnly: false);

        // Namespaced so they never shadow Scriban's own builtins (its 'date' object, for one).
        var fmt = new ScriptObject();
        // TypedFunction, not Import(name, delegate): no reflection, so the native build runs them.
        Add(fmt, TypedFunction.Create<decimal, string, string>("fmt.money", (c, amount, currency) =>
            MarkdownText.Escape(F(c).Money.Format(amount, currency, MoneyOptions.Default))));
        Add(fmt, TypedFunction.Create<decimal, string>("fmt.number", (c, value) => MarkdownText.Escape(F(c).Number.Format(value))));
        Add(fmt, TypedFunction.Create<decimal, int, string>("fmt.percent", (c, fraction, decimals) =>
            MarkdownText.Escape(F(c).Percent.Format(fraction, decimals, TextStyle.Prose))));
        Add(fmt, TypedFunction.Create<decimal, string, string>("fmt.count", (c, value, unit) =>
            MarkdownText.Escape(F(c).Count.Format(value, unit.Length == 0 ? null : unit))));
        Add(fmt, TypedFunction.Create<string, string>("fmt.date", FormatDate));
        AddStoryHelpers(fmt);
        AddSizeHelpers(fmt);
        fmt.IsReadOnly = true;
        this["fmt"] = fmt;

        var md = new ScriptObject();
        Add(md, TypedFunction.Create<string, string>("md.escape", (_, text) => MarkdownText.Escape(text)));
        md.IsReadOnly = true;
        this["md"] = md;
    }

    /// <summary>Adds <paramref name="function"/> under the last part of its name ("fmt.money": money).</summary>
    private static void Add(ScriptObject target, TypedFunction function) =>
        target.SetValue(function.Name[(function.Name.LastIndexOf('.') + 1)..], function, readOnly: false);

    private static LocaleFormatter F(TemplateContext context) => ((LocaleTemplateContext)context).Formatter;

    private static string Translate(TemplateContext context, string key)
    {
        var locale = F(context).Locale;
        if (locale.Ui.TryGetValue(key, out var text))
        {
            return MarkdownText.Escape(text);
        }

        throw new ScriptRuntimeException(context.CurrentSpan,
            $"The locale '{locale.Code}' has no UI string '{key}'. Add 'ui: {{ {key}: ... }}' to {locale.Path}.");
    }

    private static string FormatDate(TemplateContext context, string iso)
    {
        if (!PartialDate.TryParse(iso, out var date))
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"'{iso}' is not a date. Write yyyy, yyyy-MM or yyyy-MM-dd.");
        }

        return MarkdownText.Escape(F(context).Date.Format(date));
    }
}
