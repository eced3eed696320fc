using System.Collections.ObjectModel;
using R = NewsBrief.Localization.LocaleYamlReader;

namespace NewsBrief.Localization;

/// <summary>The <c>kinds:</c> section: each kind's words, read generically (see <see cref="LocaleData.Kinds"/>).</summary>
public static partial class LocaleDataParser
{
    private static ReadOnlyDictionary<string, object> KindWords(R r) =>
        new(r.Map(static r => r.Words() ?? ReadOnlyDictionary<string, object>.Empty));
}
