using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>
/// Counts and quantities with units: plural forms from the locale's plural rules, small numbers
/// spelled out by the locale's policy unless the unit is a measure.
/// </summary>
public sealed class CountFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;
    private readonly WordsFormatter words = new(locale);

    /// <summary>
    /// Formats <paramref name="value"/> with the unit key <paramref name="unit"/> (null for a bare count).
    /// <paramref name="spellPolicy"/> names a policy of the locale (<c>eyd5</c>, <c>puebi</c>, <c>ap</c>,
    /// <c>digits</c>); null uses the locale default.
    /// </summary>
    public string Format(decimal value, string? unit, string? spellPolicy = null) => Format(value, unit, spellPolicy, modifier: false);

    /// <summary>
    /// Like <see cref="Format(decimal, string?, string?)"/>; with <paramref name="modifier"/> the unit's
    /// compound-modifier form is used when the locale has one (<c>14-day</c>, <c>three-day</c>).
    /// </summary>
    public string Format(decimal value, string? unit, string? spellPolicy, bool modifier)
    {
        UnitData? unitData = null;
        if (unit is not null && !locale.Units.TryGetValue(unit, out unitData))
        {
            throw new ArgumentException($"The locale '{locale.Code}' has no unit '{unit}'. Add 'units: {{ {unit}: ... }}' to {locale.Path}.", nameof(unit));
        }

        var policyName = spellPolicy ?? locale.Counts.DefaultSpell;
        if (!locale.Counts.Spell.TryGetValue(policyName, out var policy))
        {
            throw new ArgumentException($"The locale '{locale.Code}' has no spelling policy '{policyName}' (it has: {string.Join(", ", locale.Counts.Spell.Keys.Order(StringComparer.Ordinal))}).", nameof(spellPolicy));
        }

        var number = unitData is { Measure: true } ? null : Spelled(value, policy);
        number ??= Digits(value);
        return modifier && unitData is { Modifier.Length: > 0 } ? FieldPattern.Fill(unitData.Modifier, number) : Fill(number, value, unitData);
    }

    /// <summary>
    /// The count in figures whatever the spelling policy, as tables write it (<c>3 chip</c>, <c>3 chips</c>):
    /// a table compares numbers, so it never spells them.
    /// </summary>
    public string FormatDigits(decimal value, string? unit)
    {
        UnitData? unitData = null;
        if (unit is not null && !locale.Units.TryGetValue(unit, out unitData))
        {
            throw new ArgumentException($"The locale '{locale.Code}' has no unit '{unit}'. Add 'units: {{ {unit}: ... }}' to {locale.Path}.", nameof(unit));
        }

        return Fill(Digits(value), value, unitData);
    }

    /// <summary>
    /// Digits keep the value's written scale: 1.0 stays "1.0" (and takes the plural, v = 1). A large
    /// round count takes the scale word money uses (EYD-AB r5 <c>10 miliar saham</c>, AP
    /// <c>10 billion shares</c>): from the locale's money scale threshold up, when the count is
    /// exactly a figure of at most two decimals times a scale (1.5 million, not 1,234,567).
    /// </summary>
    private string Digits(decimal value)
    {
        var magnitude = Math.Abs(value);
        var scales = locale.Compact?.Scales ?? [];
        if (locale.Money is { } money && magnitude >= money.ScaleFrom && scales.Count > 0 &&
            Scaling.Pick(magnitude, scales, 2) is { } picked && picked.Scaled * picked.Scale.Value == magnitude)
        {
            var scaled = DecimalText.Format(picked.Scaled, 2, fixedDecimals: false, locale.NumberData);
            return (value < 0 ? locale.NumberData.MinusSign : "") + DecimalText.Fill(picked.Scale.Long, scaled);
        }

        return DecimalText.FormatAsIs(value, locale.NumberData);
    }

    /// <summary>
    /// Writes an already written number (<c>dua belas</c>) with the unit's plural form for
    /// <paramref name="value"/> (<c>dua belas orang</c>); the number alone when <paramref name="unit"/> is null.
    /// </summary>
    public string WithUnit(string number, decimal value, string? unit)
    {
        UnitData? unitData = null;
        if (unit is not null && !locale.Units.TryGetValue(unit, out unitData))
        {
            throw new ArgumentException($"The locale '{locale.Code}' has no unit '{unit}'. Add 'units: {{ {unit}: ... }}' to {locale.Path}.", nameof(unit));
        }

        return Fill(number, value, unitData);
    }

    private string Fill(string number, decimal value, UnitData? unitData)
    {
        if (unitData is null)
        {
            return number;
        }

        var category = locale.CardinalRules.Select(value);
        var pattern = unitData.Forms.TryGetValue(category, out var p) ? p : unitData.Forms[PluralRules.Other];
        return FieldPattern.Fill(pattern, number);
    }

    /// <summary>True when the locale has the unit key.</summary>
    public bool Knows(string unit) => locale.Units.ContainsKey(unit);

    /// <summary>The value in words when the policy spells it, else null. Only whole numbers written without decimals are spelled.</summary>
    private string? Spelled(decimal value, SpellRule policy)
    {
        if (!policy.Spells || value.Scale != 0 || value < long.MinValue || value > long.MaxValue)
        {
            return null;
        }

        var whole = (long)value;
        if ((policy.Min is { } min && whole < min) || (policy.Max is { } max && whole > max))
        {
            return null;
        }

        var text = words.Format(whole);
        if (policy.MaxWords is { } maxWords &&
            text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > maxWords)
        {
            return null;
        }

        return text;
    }
}
