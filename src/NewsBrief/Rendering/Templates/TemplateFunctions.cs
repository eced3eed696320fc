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
internal sealed class TemplateFunctions : ScriptObject
{
    public TemplateFunctions()
    {
        SetValue("t", new TextFunction("t", Translate), readOnly: false);

        // Namespaced so they never shadow Scriban's own builtins (its 'date' object, for one).
        var fmt = new ScriptObject();
        fmt.Import("money", new Func<TemplateContext, decimal, string, string>((c, amount, currency) =>
            MarkdownText.Escape(F(c).Money.Format(amount, currency, MoneyOptions.Default))));
        fmt.Import("number", new Func<TemplateContext, decimal, string>((c, value) => MarkdownText.Escape(F(c).Number.Format(value))));
        fmt.Import("percent", new Func<TemplateContext, decimal, int, string>((c, fraction, decimals) =>
            MarkdownText.Escape(F(c).Percent.Format(fraction, decimals, TextStyle.Prose))));
        fmt.Import("count", new Func<TemplateContext, decimal, string, string>((c, value, unit) =>
            MarkdownText.Escape(F(c).Count.Format(value, unit.Length == 0 ? null : unit))));
        fmt.Import("date", new Func<TemplateContext, string, string>(FormatDate));
        fmt.IsReadOnly = true;
        this["fmt"] = fmt;

        var md = new ScriptObject();
        md.Import("escape", new Func<string, string>(MarkdownText.Escape));
        md.IsReadOnly = true;
        this["md"] = md;
    }

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
