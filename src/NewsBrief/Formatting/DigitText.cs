using System.Globalization;
using System.Text;

namespace NewsBrief.Formatting;

/// <summary>
/// Writes a decimal as digits with given separators, keeping its written scale (<c>1.0</c> stays
/// <c>1,0</c>/<c>1.0</c>). The separators are parameters so this never reads a culture or a locale section.
/// </summary>
internal static class DigitText
{
    /// <summary>Digits of <paramref name="value"/>, grouped by three from the first thousand.</summary>
    public static string Format(decimal value, string decimalSeparator, string groupSeparator, string minus)
    {
        // Invariant text of a decimal is ASCII digits, '.', and '-', with trailing zeros kept.
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integer = dot < 0 ? text : text[..dot];
        var sb = new StringBuilder(text.Length + 8);
        if (value < 0)
        {
            sb.Append(minus);
        }

        for (var k = 0; k < integer.Length; k++)
        {
            if (k > 0 && (integer.Length - k) % 3 == 0)
            {
                sb.Append(groupSeparator);
            }

            sb.Append(integer[k]);
        }

        if (dot >= 0)
        {
            sb.Append(decimalSeparator).Append(text, dot + 1, text.Length - dot - 1);
        }

        return sb.ToString();
    }
}
