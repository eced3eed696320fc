using NewsBrief.Tests.Support;

namespace NewsBrief.Tests.Kinds;

/// <summary>
/// A kind whose template is wrong fails, at the template's line: a generated figure that contradicts
/// the data (NB7010), a text left unset (NB4005), a runtime error (NB4004), a placeholder that names
/// no figure (NB4006). Each project here is the shipped rate-decision kind with one line broken.
/// </summary>
public sealed class KindTemplateErrorTests
{
    private static (TempDir Dir, string File) Project(string locale, string find, string replace)
    {
        var dir = new TempDir();
        var shipped = Path.Combine(RepoFiles.Root, "kinds", "rate-decision");
        foreach (var file in Directory.GetFiles(shipped))
        {
            var text = File.ReadAllText(file);
            if (Path.GetFileName(file) == locale + ".sbn")
            {
                Assert.Contains(find, text, StringComparison.Ordinal); // the line this test breaks is still there
                text = text.Replace(find, replace, StringComparison.Ordinal);
            }

            dir.Write("kinds/rate-decision/" + Path.GetFileName(file), text);
        }

        return (dir, dir.Write("briefs/bi-rate-cut.yml", KindOverrideTests.RateDecision()));
    }

    [Fact]
    public void AGeneratedFigureThatContradictsTheData_IsAnErrorOfTheTemplate()
    {
        // The bug: the English lede truncates the rate (4.75% written as 4%) instead of writing {rate}.
        var (dir, file) = Project("en", "\" to {rate} on \"", "\" to \" + (fmt.percent ((math.floor data.rate) / 100) 0) + \" on \"");
        using (dir)
        {
            var check = CliRunner.Run(dir.Path, "check", file);

            Assert.Equal(1, check.ExitCode);
            Assert.Matches(@"kinds/rate-decision/en\.sbn:\d+:\d+: error NB7010: The kind's template wrote "".* to 4% on Wednesday.*"" for .*bi-rate-cut\.yml, and ""4%"" understates rate \(4\.75%\) by 16%", check.Error);
        }
    }

    [Fact]
    public void ATemplateThatSetsNoHeadline_IsNB4005AtTheTemplate()
    {
        var (dir, file) = Project("id", "    headline = words.headline_names[data.bank] + \" \" + headline_verb + \" \" + data.rate_name + \" Menjadi {rate}\"\n", "");
        using (dir)
        {
            var result = CliRunner.Run(dir.Path, "render", file, "--locale", "id");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("kinds/rate-decision/id.sbn:1:1: error NB4005: The template never sets it: a kind's template must set `headline` to a text", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", result.Error, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("", result.Out);
        }
    }

    [Fact]
    public void ARuntimeErrorInTheTemplate_IsNB4004AtItsLineAndColumn()
    {
        var (dir, file) = Project("id", "words.verbs[direction]", "words.verbz[direction]");
        using (dir)
        {
            var result = CliRunner.Run(dir.Path, "check", file);

            Assert.Equal(1, result.ExitCode);
            Assert.Matches(@"kinds/rate-decision/id\.sbn:12:\d+: error NB4004: .*verbz.*while writing .*bi-rate-cut\.yml in 'id'", result.Error);
        }
    }

    [Fact]
    public void AGeneratedPlaceholderThatNamesNoFigure_IsNB4006()
    {
        var (dir, file) = Project("en", "\" to {rate} on \"", "\" to {rates} on \"");
        using (dir)
        {
            var result = CliRunner.Run(dir.Path, "check", file);

            Assert.Equal(1, result.ExitCode);
            Assert.Matches(@"kinds/rate-decision/en\.sbn:\d+:\d+: error NB4006: `\{rates\}` names no figure of this brief\. Did you mean `rate`\?", result.Error);
        }
    }
}
