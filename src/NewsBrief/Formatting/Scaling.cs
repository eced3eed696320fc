using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Picks the scale (thousand, million, ...) of a magnitude and rounds it there.</summary>
internal static class Scaling
{
    /// <summary>
    /// Chooses the largest scale of <paramref name="scales"/> (ascending) that <paramref name="magnitude"/>
    /// (not negative) reaches, and rounds the scaled value half away from zero to <paramref name="decimals"/>.
    /// When rounding reaches the next scale (999,995 juta → 1000 juta), moves up a unit (→ 1 miliar).
    /// Returns null when the magnitude is below the smallest scale.
    /// </summary>
    public static (ScaleSection Scale, decimal Scaled)? Pick(decimal magnitude, IReadOnlyList<ScaleSection> scales, int decimals)
    {
        var index = -1;
        for (var i = 0; i < scales.Count; i++)
        {
            if (magnitude >= scales[i].Value)
            {
                index = i;
            }
        }

        if (index < 0)
        {
            return null;
        }

        var scaled = DecimalText.Round(magnitude / scales[index].Value, decimals);
        while (index + 1 < scales.Count && scaled * scales[index].Value >= scales[index + 1].Value)
        {
            index++;
            scaled = DecimalText.Round(magnitude / scales[index].Value, decimals);
        }

        return (scales[index], scaled);
    }
}
