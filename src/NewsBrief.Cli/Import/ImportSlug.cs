using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsBrief.Facts;

namespace NewsBrief.Cli.Import;

/// <summary>
/// The slug (file name) of an imported row: from the kind and the row, so importing the same file
/// twice writes the same files. By default the kind's name, then the row's values of the kind's
/// required fields that name the story rather than measure it (text, key, date, instant and period
/// fields, in the kind's order): <c>market-close-2025-09-18-jci</c>,
/// <c>earnings-pt-contoh-makmur-tbk-2025-q3-idr</c>. <c>--slug</c> gives a pattern of
/// <c>{column}</c> names instead (<c>earnings-{company.ticker}-{period}</c>).
/// </summary>
internal sealed partial class ImportSlug
{
    /// <summary>The longest slug written; a longer one is cut at a hyphen.</summary>
    public const int MaxLength = 80;

    private ImportSlug(string pattern, IReadOnlyList<string> columns)
    {
        Pattern = pattern;
        Columns = columns;
    }

    /// <summary>The pattern: literal text and <c>{column}</c> names.</summary>
    public string Pattern { get; }

    /// <summary>The columns the pattern names.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The default pattern of <paramref name="columns"/>' kind.</summary>
    public static ImportSlug Default(KindColumns columns)
    {
        var naming = columns.All.Where(c => c.Required && c.Field.Type is KindFieldType.Text or KindFieldType.Key or KindFieldType.Date or KindFieldType.Instant or KindFieldType.Period)
            .Select(c => c.Path).ToList();
        return new ImportSlug(columns.Kind.Name + string.Concat(naming.Select(n => "-{" + n + "}")), naming);
    }

    /// <summary>A pattern given with <c>--slug</c>.</summary>
    public static ImportSlug Parse(string pattern) =>
        new(pattern, Placeholder().Matches(pattern).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList());

    /// <summary>The slug of a row, or "" when it leaves no letter or digit.</summary>
    public string For(IReadOnlyDictionary<string, string> values)
    {
        var filled = Placeholder().Replace(Pattern, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : "");
        return Slugify(filled);
    }

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens; accents dropped (<c>Café</c>: <c>cafe</c>).</summary>
    internal static string Slugify(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            sb.Append(char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower) ? lower : '-');
        }

        var slug = Hyphens().Replace(sb.ToString(), "-").Trim('-');
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = (cut > 0 ? slug[..cut] : slug[..MaxLength]).Trim('-');
        }

        return slug;
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_.]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex("-{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Hyphens();
}
