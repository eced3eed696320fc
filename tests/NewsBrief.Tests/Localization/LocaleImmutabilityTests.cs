using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using NewsBrief.Facts;
using NewsBrief.Localization;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Localization;

/// <summary>
/// Locale data is immutable once loaded: every property of LocaleData and its sections is
/// init-only, every collection is a read-only one (the parser builds each section with <c>with</c>),
/// so a formatter or template cannot change what another one reads.
/// </summary>
public sealed class LocaleImmutabilityTests
{
    private static IEnumerable<Type> LocaleTypes()
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(LocaleData)]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            if (type.Namespace == typeof(LocaleData).Namespace && type.IsClass)
            {
                yield return type;
                foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    pending.Push(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType);
                }
            }

            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
            {
                pending.Push(argument);
            }
        }
    }

    [Fact]
    public void EveryPublicProperty_IsInitOnly_AndEveryCollectionTypeReadOnly()
    {
        var types = LocaleTypes().ToList();
        var offenders = new List<string>();
        foreach (var type in types)
        {
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (p.SetMethod is { IsPublic: true } setter
                    && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                {
                    offenders.Add($"{type.Name}.{p.Name} has a public setter");
                }

                var t = p.PropertyType;
                if (t.IsArray || (t.IsGenericType && t.GetGenericTypeDefinition() is var d && (d == typeof(List<>) || d == typeof(Dictionary<,>) || d == typeof(HashSet<>))))
                {
                    offenders.Add($"{type.Name}.{p.Name} is a mutable {t.Name}");
                }
            }
        }

        Assert.True(types.Count >= 30, "the walk reaches the sections");
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void ShippedLocale_HoldsOnlyReadOnlyCollections(string code)
    {
        var locale = RepoFiles.Catalog[code];
        var writable = new List<string>();
        Walk(locale, code, writable, new HashSet<object>(ReferenceEqualityComparer.Instance));

        Assert.True(writable.Count == 0, string.Join("\n", writable));
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, string>)locale.Ui)["key_figures"] = "changed");
        Assert.Throws<NotSupportedException>(() => ((IList<string>)locale.Dates.Months)[0] = "changed");
    }

    private static void Walk(object value, string path, List<string> writable, HashSet<object> seen)
    {
        if (value is string || value.GetType().IsValueType || !seen.Add(value))
        {
            return;
        }

        switch (value)
        {
            case IDictionary { IsReadOnly: false } d when d.Count > 0:
                writable.Add(path + " is a writable dictionary");
                break;
            case IList { IsReadOnly: false } l when l.Count > 0:
                writable.Add(path + " is a writable list");
                break;
        }

        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry e in dictionary)
            {
                if (e.Value is not null)
                {
                    Walk(e.Value, path + "[" + e.Key + "]", writable, seen);
                }
            }
        }
        else if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, path + "[" + i++ + "]", writable, seen);
            }
        }
        else if (value.GetType().Namespace == typeof(LocaleData).Namespace)
        {
            foreach (var p in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (p.GetIndexParameters().Length == 0 && p.GetValue(value) is { } child)
                {
                    Walk(child, path + "." + p.Name, writable, seen);
                }
            }
        }
    }

    [Fact]
    public void QualifierKeys_AreOneVocabulary_InFactsLocalesAndTheLocaleParser()
    {
        // Facts (QualifierKeys) and Localization (QualifierSection.Keys) are separate stages; the
        // parser's table of the qualifiers: section is the file's shape. All three say the same keys.
        var parserTable = (System.Collections.IDictionary)typeof(LocaleDataParser)
            .GetField("QualifiersKeys", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

        Assert.Equal(QualifierKeys.ByKey.Keys, QualifierSection.Keys);
        Assert.Equal(QualifierSection.Keys, parserTable.Keys.Cast<string>());
        Assert.Equal(Enum.GetValues<Qualifier>().Where(q => q != Qualifier.None), QualifierKeys.ByKey.Values);
    }

    [Theory]
    [InlineData("en", "more_than", "more than {0}")]
    [InlineData("id", "at_least", "setidaknya {0}")]
    [InlineData("id", "about", "sekitar {0}")]
    public void QualifierPattern_ByKey_IsTheLocalesWord(string code, string key, string expected)
    {
        var section = RepoFiles.Catalog[code].Qualifiers!;

        Assert.Equal(expected, section.Pattern(key));
        Assert.Equal(key, QualifierKeys.KeyOf(QualifierKeys.ByKey[key]));
    }
}
