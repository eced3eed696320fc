using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

/// <summary>
/// Maps reader-visible texts (locale → string) and collects their <c>{name}</c> placeholders,
/// each located at its own line and column, to be checked once all figures are known.
/// </summary>
internal sealed partial class LocalizedTextMapper(FactValueReader reader)
{
    private readonly List<(string Name, SourceLocation Location)> placeholders = [];

    private FactReporter Reporter => reader.Reporter;

    /// <summary>
    /// True while reading a story kind's headline, lede or points: each text written replaces the
    /// generated one for its locale, so a locale left out is generated, not missing (no NB1035).
    /// </summary>
    public bool Overrides { get; set; }

    /// <summary>A locale → text mapping; a missing locale is a warning, an unknown one an error.</summary>
    public LocalizedText? Map(YamlNode node, string what, string keyName)
    {
        var texts = $"{{ {string.Join(", ", reader.Vocabulary.Locales.Select(l => l + ": ..."))} }}";
        var example = keyName == "-" ? "- " + texts : $"{keyName}: {texts}";
        var mapping = reader.Mapping(node, what, example);
        if (mapping is null)
        {
            return null;
        }

        var byLocale = new Dictionary<string, LocatedText>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
        {
            if (!reader.Vocabulary.Locales.Contains(key.Value, StringComparer.Ordinal))
            {
                Reporter.Report(DiagnosticDescriptors.FactsUnknownLocale, key.Location,
                    $"Unknown locale `{key.Value}` in {what}.{KeySuggester.DidYouMean(key.Value, reader.Vocabulary.Locales)} Write one text per locale: {string.Join(", ", reader.Vocabulary.Locales)}.");
                continue;
            }

            var text = reader.Text(value, $"the `{key.Value}` text of {what}", $"{key.Value}: ...");
            if (text is not null && value is YamlScalarNode scalar)
            {
                ScanPlaceholders(scalar);
                ReportUnfilled(scalar, $"the `{key.Value}` text of {what}");
                byLocale[key.Value] = new LocatedText(text, scalar.Location);
            }
        }

        foreach (var locale in Overrides ? [] : reader.Vocabulary.Locales)
        {
            if (!mapping.Entries.Exists(e => string.Equals(e.Key.Value, locale, StringComparison.Ordinal)))
            {
                Reporter.Report(DiagnosticDescriptors.FactsMissingLocale, mapping.Location,
                    $"{FactValueReader.Capitalize(what)} has no `{locale}` text; add `{locale}: ...` so readers of that language see it.");
            }
        }

        return new LocalizedText(byLocale, mapping.Location);
    }

    /// <summary>Reports every placeholder that names no figure, with a suggestion.</summary>
    public void CheckPlaceholders(IReadOnlyCollection<string> figureNames)
    {
        foreach (var (name, location) in placeholders)
        {
            if (!figureNames.Contains(name, StringComparer.Ordinal))
            {
                var list = figureNames.Count == 0 ? "this file defines no figures" : "the figures are " + string.Join(", ", figureNames);
                Reporter.Report(DiagnosticDescriptors.FactsUnknownPlaceholder, location,
                    $"`{{{name}}}` names no figure.{KeySuggester.DidYouMean(name, figureNames)} Use a name from `figures` ({list}) or add the figure.");
            }
        }
    }

    private void ScanPlaceholders(YamlScalarNode scalar)
    {
        var v = scalar.Value;
        var locator = new FragmentLocator(Reporter.Text, scalar.StartIndex, scalar.EndIndex);
        var i = 0;
        while (i < v.Length && !Reporter.IsFull)
        {
            var c = v[i];
            if (c == '{' && i + 1 < v.Length && v[i + 1] == '{')
            {
                var close = v.IndexOf("}}", i + 2, StringComparison.Ordinal);
                Syntax(scalar, locator, i, "{{", "Double braces are not template syntax in facts; write a figure as `{name}`, and no other code runs in texts.");
                i = close < 0 ? v.Length : close + 2;
            }
            else if (c == '{')
            {
                var close = v.IndexOf('}', i + 1);
                if (close < 0)
                {
                    Syntax(scalar, locator, i, "{", "This `{` has no closing `}`; write a figure as `{name}`. Braces are reserved for figures, so delete a literal brace.");
                    return;
                }

                var name = v[(i + 1)..close];
                var colon = name.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && FigureName().IsMatch(name[..colon]) && FormName().IsMatch(name[(colon + 1)..]))
                {
                    // {days:modifier}, {day:weekday}: a form of the figure (PlaceholderForms)
                    var at = Locate(scalar, locator, i, "{" + name + "}");
                    if (AddForm(name[..colon], name[(colon + 1)..], at))
                    {
                        placeholders.Add((name[..colon], at));
                    }
                }
                else if (FigureName().IsMatch(name))
                {
                    placeholders.Add((name, Locate(scalar, locator, i, "{" + name + "}")));
                }
                else
                {
                    var fix = FigureName().IsMatch(name.Trim()) ? $"write `{{{name.Trim()}}}` without spaces" : "a placeholder is `{name}` with a figure name of lower-case letters, digits and `_`; braces are reserved for figures";
                    Syntax(scalar, locator, i, "{" + name + "}", $"`{{{name}}}` is not a figure placeholder: {fix}.");
                }

                i = close + 1;
            }
            else if (c == '}')
            {
                Syntax(scalar, locator, i, "}", "This `}` closes nothing; write a figure as `{name}`, and delete a literal brace.");
                i += i + 1 < v.Length && v[i + 1] == '}' ? 2 : 1;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// Reports each draft marker left in <paramref name="scalar"/>: <c>TODO</c> as a word (what
    /// <c>newsbrief new</c> writes) and <c>&lt;text&gt;</c> (what <c>newsbrief extract</c> writes). A
    /// draft must never be published as it stands, so these are errors, not warnings.
    /// </summary>
    internal void ReportUnfilled(YamlScalarNode scalar, string what)
    {
        var locator = new FragmentLocator(Reporter.Text, scalar.StartIndex, scalar.EndIndex);
        foreach (Match m in UnfilledMarker().Matches(scalar.Value))
        {
            Reporter.Report(DiagnosticDescriptors.FactsUnfilledMarker, Locate(scalar, locator, m.Index, m.Value),
                $"{FactValueReader.Capitalize(what)} still holds the draft marker `{m.Value}`; replace it with the real text before checking or building.");
        }
    }

    [GeneratedRegex(@"\bTODO\b|<text>", RegexOptions.CultureInvariant)]
    private static partial Regex UnfilledMarker();

    private void Syntax(YamlScalarNode scalar, FragmentLocator locator, int index, string fragment, string message) =>
        Reporter.Report(DiagnosticDescriptors.FactsPlaceholderSyntax, Locate(scalar, locator, index, fragment), message);

    /// <summary>
    /// The source position of <paramref name="fragment"/> found at <paramref name="index"/> of the
    /// scalar's value (see <see cref="FragmentLocator"/>); the scalar's start when it cannot be found.
    /// </summary>
    private SourceLocation Locate(YamlScalarNode scalar, FragmentLocator locator, int index, string fragment)
    {
        var found = locator.Find(index, fragment);
        return found >= 0 ? Reporter.AtIndex(found) : scalar.Location;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex FigureName();

    [GeneratedRegex("^[a-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex FormName();
}
