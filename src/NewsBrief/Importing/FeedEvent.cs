using System.Globalization;
using NewsBrief.Diagnostics;

namespace NewsBrief.Importing;

/// <summary>
/// One event object of a feed, read field by field: each problem is reported at the field (or at the
/// event when the field is missing) into the event's own bag, so a bad event can be skipped while
/// the others are imported.
/// </summary>
internal sealed class FeedEvent(JsonNode node, string display, string what)
{
    public DiagnosticBag Diagnostics { get; } = new();

    public JsonNode Node => node;

    public FeedPosition Position => new(node.Line, node.Column);

    public SourceLocation At(JsonNode value) => new(display, value.Line, value.Column);

    public SourceLocation AtEvent => At(node);

    public void Error(DiagnosticDescriptor descriptor, JsonNode where, string message) => Diagnostics.Add(descriptor, At(where), message);

    /// <summary>A member that must be a string; null (reported) when missing or not a string.</summary>
    public (string Text, JsonNode Node)? Text(string name, bool required = true)
    {
        var value = node.Get(name);
        if (value is null || value.Kind == JsonKind.Null)
        {
            if (required)
            {
                Diagnostics.Add(DiagnosticDescriptors.FeedFieldMissing, AtEvent,
                    $"The {what} has no `{name}`; the importer needs it. The feed is incomplete: download it again, or leave this event to the next run.");
            }

            return null;
        }

        if (value.Kind != JsonKind.String)
        {
            Error(DiagnosticDescriptors.FeedFieldType, value, $"`{name}` is {value.Describe()}; the feed writes it as a text in quotes. Check that this is the right feed.");
            return null;
        }

        if (Unusable(value.Text) is { } why)
        {
            Error(DiagnosticDescriptors.FeedText, value, $"`{name}` {why}; a facts file cannot carry it. The event is skipped.");
            return null;
        }

        return (value.Text.Trim(), value);
    }

    /// <summary>Why a feed text cannot go into a facts file (the facts reader refuses these characters), or null.</summary>
    public static string? Unusable(string text)
    {
        if (text.Length > MaxTextLength)
        {
            return $"is {text.Length} characters long, more than any field of a feed ({MaxTextLength})";
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = char.ConvertToUtf32(c, text[i + 1]);
                if ((rune & 0xFFFE) == 0xFFFE)
                {
                    return $"holds the noncharacter U+{rune:X}";
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c) || char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C'
                || c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF')
            {
                return $"holds the invisible character U+{(int)c:X4} at character {i + 1}";
            }
        }

        return null;
    }

    /// <summary>The longest text taken from a feed: BMKG's longest fields (Wilayah, Dirasakan) are about 150 characters; Dirasakan may list many places.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>A member that must be a JSON number, read as an exact decimal.</summary>
    public (decimal Value, JsonNode Node)? Number(string name, bool required = true)
    {
        var value = node.Get(name);
        if (value is null || value.Kind == JsonKind.Null)
        {
            if (required)
            {
                Diagnostics.Add(DiagnosticDescriptors.FeedFieldMissing, AtEvent, $"The {what} has no `{name}`; the importer needs it. Download the feed again, or leave this event to the next run.");
            }

            return null;
        }

        if (value.Kind != JsonKind.Number)
        {
            Error(DiagnosticDescriptors.FeedFieldType, value, $"`{name}` is {value.Describe()}; the feed writes it as a number. Check that this is the right feed.");
            return null;
        }

        if (!TryDecimal(value.Text, out var number))
        {
            Error(DiagnosticDescriptors.FeedNumber, value, $"`{name}` is {value.Text}, too large or too precise to be this field. Check the feed.");
            return null;
        }

        return (number, value);
    }

    /// <summary>Reads a JSON or feed number (<c>5.20</c>, <c>-7.52</c>, <c>1e2</c>) as a decimal.</summary>
    public static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
        && text.Length <= 40;
}
