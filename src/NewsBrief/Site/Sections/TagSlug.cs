using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsBrief.Site.Sections;

/// <summary>
/// A tag's folder name under <c>SITE/&lt;locale&gt;/tags/</c>. Tags are free text in the facts
/// (<c>tags: [Ekonomi Digital, C++, ../x, 経済]</c>), so the folder name is derived, never taken as
/// written: it is a function of the tag alone (adding a brief never moves another tag's page) and
/// holds only <c>a-z</c>, <c>0-9</c> and single hyphens, so it can name no other folder, no
/// parent, nothing hidden.
/// <list type="bullet">
/// <item>Tags that differ only in case, Unicode normalization form, or in spaces, underscores and
/// hyphens between words (<c>AI</c>, <c>ai</c>; <c>ekonomi digital</c>, <c>ekonomi-digital</c>) are
/// one tag with one page (<see cref="Key"/>).</item>
/// <item>A tag written in plain <c>a-z</c> and <c>0-9</c> words has its words as its slug
/// (<c>economy</c>, <c>ekonomi-digital</c>).</item>
/// <item>Any other tag (accents, other scripts, punctuation) would lose letters in that shape, and
/// two different tags could then share a page (<c>C++</c> and <c>C#</c> both become <c>c</c>): its
/// slug is what is left readable plus 8 hex digits of the SHA-256 of its key (<c>c-1a2b3c4d</c>;
/// <c>tag-…</c> when nothing is left).</item>
/// </list>
/// </summary>
internal static class TagSlug
{
    private const int HashDigits = 8;

    /// <summary>
    /// What makes two spellings the same tag: NFKC, lower case (invariant), runs of white space,
    /// <c>_</c> and <c>-</c> as one <c>-</c>, none at either end.
    /// </summary>
    public static string Key(string tag)
    {
        var text = tag.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var key = new StringBuilder(text.Length);
        var pendingSeparator = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '_' or '-')
            {
                pendingSeparator = key.Length > 0;
                continue;
            }

            if (pendingSeparator)
            {
                key.Append('-');
                pendingSeparator = false;
            }

            key.Append(c);
        }

        return key.ToString();
    }

    /// <summary>The tag's folder name: <c>[a-z0-9]+(-[a-z0-9]+)*</c>.</summary>
    public static string Of(string tag)
    {
        var key = Key(tag);
        var readable = Readable(key);
        if (readable.Length > 0 && readable == key)
        {
            return readable;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..HashDigits];
        return (readable.Length > 0 ? readable : "tag") + "-" + hash;
    }

    /// <summary>
    /// The key's ASCII letters and digits (accents dropped: <c>é</c> is <c>e</c>), other runs as one
    /// hyphen, capped at 60 characters on a word boundary so a folder name stays short.
    /// </summary>
    private static string Readable(string key)
    {
        var decomposed = key.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        if (text.Length > 60)
        {
            var cut = text.LastIndexOf('-', 60);
            text = text[..(cut > 0 ? cut : 60)];
        }

        return text;
    }
}
