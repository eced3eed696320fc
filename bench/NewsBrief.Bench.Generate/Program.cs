using System.Globalization;
using System.Text;
using NewsBrief.Bench.Generate;

// Usage: NewsBrief.Bench.Generate --count N [--seed S] --facts DIR [--hugo-content DIR]
// Writes N seeded synthetic stories as facts files (DIR/<slug>.yml) and, when asked, as Hugo content
// (DIR/id/<slug>.md and DIR/en/<slug>.md). Same seed and count, same bytes.
var count = 0;
ulong seed = 1;
string? facts = null;
string? hugo = null;
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--count": count = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--seed": seed = ulong.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--facts": facts = Value(); break;
        case "--hugo-content": hugo = Value(); break;
        default:
            Console.Error.WriteLine("usage: NewsBrief.Bench.Generate --count N [--seed S] --facts DIR [--hugo-content DIR]");
            return 2;
    }
}

if (count <= 0 || facts is null)
{
    Console.Error.WriteLine("usage: NewsBrief.Bench.Generate --count N [--seed S] --facts DIR [--hugo-content DIR]");
    return 2;
}

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Directory.CreateDirectory(facts);
if (hugo is not null)
{
    Directory.CreateDirectory(Path.Combine(hugo, "id"));
    Directory.CreateDirectory(Path.Combine(hugo, "en"));
}

var factory = new StoryFactory(seed);
for (var i = 1; i <= count; i++)
{
    var story = factory.Create(i);
    File.WriteAllText(Path.Combine(facts, story.Slug + ".yml"), Writers.Facts(story, i, seed), utf8);
    if (hugo is not null)
    {
        File.WriteAllText(Path.Combine(hugo, "id", story.Slug + ".md"), Writers.Hugo(story, id: true), utf8);
        File.WriteAllText(Path.Combine(hugo, "en", story.Slug + ".md"), Writers.Hugo(story, id: false), utf8);
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count} stories (seed {seed})"));
return 0;
