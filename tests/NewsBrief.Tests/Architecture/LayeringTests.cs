using NewsBrief.Tests.Architecture.Fixtures.Facts;
using ArchitectureModel = ArchUnitNET.Domain.Architecture;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace NewsBrief.Tests.Architecture;

/// <summary>
/// Data flows one way: facts → formatting → templates → Markdown → HTML → site, with the CLI on top.
/// Checked over the compiled library and CLI (ArchUnitNET reads their IL), so a fully qualified
/// name, a base type or a call inside a method body counts as much as a <c>using</c> line.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Lazy<ArchitectureModel> Compiled = new(() => new ArchUnitNET.Loader.ArchLoader()
        .LoadAssemblies(typeof(NewsBrief.Facts.FactFile).Assembly, typeof(NewsBrief.Cli.CliContext).Assembly)
        .Build());

    private static readonly Lazy<ArchitectureModel> Fixtures = new(() => new ArchUnitNET.Loader.ArchLoader()
        .LoadAssemblies(typeof(LayeringTests).Assembly, typeof(Markdig.Markdown).Assembly)
        .Build());

    public static TheoryData<string> Stages => [.. StageLayers.Table.Select(s => s.Namespace)];

    [Theory]
    [MemberData(nameof(Stages))]
    public void Stage_UsesOnlyEarlierStagesAndItsOwnLibraries(string stage)
    {
        var (_, rule) = new StageLayers("NewsBrief").Rules().Single(r => r.Stage.Namespace == stage);

        var violations = StageLayers.Violations(rule, Compiled.Value);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void EveryLibraryAndCliType_LivesInAStageOfTheTable()
    {
        // A new folder (namespace) must be placed in the table deliberately, or it escapes every rule.
        var layers = new StageLayers("NewsBrief");
        var rule = Types().That().ResideInNamespaceMatching("^NewsBrief(\\.|$)")
            .Should().ResideInNamespaceMatching(layers.AnyStagePattern())
            .Because("every namespace must be a row of StageLayers.Table");

        var violations = StageLayers.Violations(rule, Compiled.Value);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void Rules_AreNotVacuous_TheyLoadTheCliAndLibraryTypes()
    {
        // A rule over no types passes whatever it says: show the stages are populated.
        var namespaces = Compiled.Value.Types.Select(t => t.Namespace.FullName).ToHashSet(StringComparer.Ordinal);

        foreach (var stage in StageLayers.Table)
        {
            Assert.Contains("NewsBrief." + stage.Namespace, namespaces);
        }
    }

    [Fact]
    public void Rules_CatchFullyQualifiedReferencesInABrokenFixture()
    {
        // The same table over a miniature of the stages under the fixture namespace, with facts types
        // that reach the site, the HTML stage and Markdig by fully qualified names only: the old test,
        // which read 'using' lines, passed all three.
        var (_, facts) = new StageLayers("NewsBrief.Tests.Architecture.Fixtures").Rules().Single(r => r.Stage.Namespace == "Facts");

        var violations = StageLayers.Violations(facts, Fixtures.Value);

        Assert.Equal(3, violations.Count);
        Assert.Contains(violations, v => v.Contains(nameof(FactsThatKnowTheSite), StringComparison.Ordinal) && v.Contains("Fixtures.Site.SitePage", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains(nameof(FactsThatCallHtml), StringComparison.Ordinal) && v.Contains("HtmlWriter", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains(nameof(FactsThatParseMarkdown), StringComparison.Ordinal) && v.Contains("Markdig", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains(nameof(GoodFacts), StringComparison.Ordinal));
    }

    [Fact]
    public void Library_HasNoCultureOrClockDependentCalls()
    {
        // Output never depends on the machine: no current culture, no wall clock, no local time zone.
        // Read from the compiled calls, so System.Globalization.CultureInfo.CurrentCulture written out
        // in full is caught too.
        string[] banned =
        [
            "System.Globalization.CultureInfo::get_CurrentCulture", "System.Globalization.CultureInfo::get_CurrentUICulture",
            "System.DateTime::get_Now", "System.DateTime::get_Today", "System.DateTimeOffset::get_Now",
            "System.TimeZoneInfo::get_Local", "System.Globalization.CultureInfo::.ctor", "System.Globalization.CultureInfo::GetCultureInfo",
        ];
        var library = Compiled.Value.Types.Where(t => t.Assembly.FullName.StartsWith("NewsBrief,", StringComparison.Ordinal));
        var offenders = library
            .SelectMany(t => t.Members.SelectMany(m => m.MemberDependencies)
                .OfType<ArchUnitNET.Domain.Dependencies.MethodCallDependency>()
                .Select(d => (Type: t.FullName, Called: d.TargetMember.DeclaringType.FullName + "::" + d.TargetMember.Name)))
            .Where(c => banned.Any(b => c.Called.StartsWith(b, StringComparison.Ordinal)))
            .Select(c => $"{c.Type} calls {c.Called}")
            .Distinct()
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }
}
