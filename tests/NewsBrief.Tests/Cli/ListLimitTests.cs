using System.Text;
using NewsBrief.Facts;
using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Cli;

/// <summary>
/// Lists are bounded by the facts parser (NB1043 at the first item over), at the same number the
/// templates' loops allow: 1,000 figures, points or events check and build; 1,001 are refused in
/// the facts file, never by a template error pointing into templates/_shared.
/// </summary>
public sealed class ListLimitTests
{
    private static string Facts(string list, int count)
    {
        var text = new StringBuilder("""
            date: 2025-09-18
            source: { name: Nature, url: https://www.nature.com/ }
            figures:
              c: { amount: 294000, currency: USD }

            """);
        if (list == "figures")
        {
            for (var i = 1; i < count; i++)
            {
                text.Append("  f").Append(i).Append(": { value: ").Append(i).Append(" }\n");
            }
        }

        text.Append("headline: { id: \"Biaya {c}\", en: \"Cost {c}\" }\nlede: { id: \"Biaya {c}\", en: \"Cost {c}\" }\n");
        if (list == "points")
        {
            text.Append("points:\n");
            for (var i = 0; i < count; i++)
            {
                text.Append("  - { id: Poin, en: Point }\n");
            }
        }
        else if (list == "figures")
        {
            // Every figure mentioned, so --strict has nothing to say about unused figures.
            text.Append("points:\n");
            for (var i = 1; i < count; i++)
            {
                text.Append("  - { id: \"Poin {f").Append(i).Append("}\", en: \"Point {f").Append(i).Append("}\" }\n");
            }
        }
        else
        {
            text.Append("events:\n");
            for (var i = 0; i < count; i++)
            {
                text.Append("  - { date: 2022-10, text: { id: Peristiwa, en: Event } }\n");
            }
        }

        return text.ToString();
    }

    [Theory]
    [InlineData("figures")]
    [InlineData("points")]
    [InlineData("events")]
    public void AtTheLimit_ChecksRendersAndBuilds(string list)
    {
        var outcome = AcceptedBuildsInvariant.Assert(Facts(list, FactFileMapper.MaxListItems), "limit.yml");

        Assert.True(outcome.Accepted, outcome.Check.Error);
    }

    [Theory]
    [InlineData("figures", 4 + 1_000)] // the 1,001st figure: c is on line 4, f1000 on line 1004
    [InlineData("points", 8 + 1_000)] // items start on line 8
    [InlineData("events", 8 + 1_000)]
    public void OneOverTheLimit_IsRefusedAtTheFirstItemOver(string list, int line)
    {
        var outcome = AcceptedBuildsInvariant.Assert(Facts(list, FactFileMapper.MaxListItems + 1), "limit.yml");

        Assert.False(outcome.Accepted);
        Assert.Contains($"limit.yml:{line}:", outcome.Check.Error, StringComparison.Ordinal);
        Assert.Contains("error NB1043: ", outcome.Check.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("templates/", outcome.Check.Error, StringComparison.Ordinal);
    }
}
