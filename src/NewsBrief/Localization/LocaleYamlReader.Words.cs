using System.Collections.ObjectModel;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsBrief.Localization;

/// <summary>
/// Reads a subtree of words generically (a story kind's vocabulary, <c>kinds:</c>): texts, lists and
/// mappings of them, frozen as they are read. The kind's templates decide what the keys mean.
/// </summary>
internal sealed partial class LocaleYamlReader
{
    /// <summary>Deepest nesting of a kind's words read (<c>kinds.rate-decision.verbs.cut</c> is four).</summary>
    private const int MaxWordsDepth = 8;

    /// <summary>A text, a read-only list or a read-only mapping (keys in the order written); null for an empty value.</summary>
    public object? Words() => Words(0);

    private object? Words(int depth)
    {
        if (TryNull())
        {
            return null;
        }

        if (depth > MaxWordsDepth)
        {
            Wrong($"a text (words nest at most {MaxWordsDepth} levels)");
            return null;
        }

        if (parser.Accept<SequenceStart>(out _))
        {
            return List(r => r.Words(depth + 1) ?? ""); // read-only already
        }

        if (parser.Accept<MappingStart>(out _))
        {
            return Map(r => r.Words(depth + 1) ?? ""); // read-only already
        }

        return Scalar("a text, a list or a mapping of words") is { } scalar ? scalar.Value : null;
    }
}
