namespace NewsBrief.Localization;

internal static partial class LocaleDataValidator
{
    static partial void ValidateNumberSections(LocaleData data, Action<bool, string> require)
    {
        static bool HasSlot(string pattern, int slot) => pattern.Contains("{" + slot + "}", StringComparison.Ordinal);

        static bool Pattern1(string pattern) => HasSlot(pattern, 0);

        static bool Pattern2(string pattern) => HasSlot(pattern, 0) && HasSlot(pattern, 1);

        require(data.Number is not null, "number");
        if (data.Number is { } number)
        {
            require(number.DecimalSeparator.Length > 0, "number.decimal_separator");
            require(number.GroupSeparator.Length > 0, "number.group_separator");
            require(number.MinusSign.Length > 0, "number.minus_sign");
        }

        require(data.Money is not null, "money");
        if (data.Money is { } money)
        {
            require(money.ScaleFrom > 0, "money.scale_from");
            require(Pattern2(money.Pair), "money.pair (a pattern with {0} and {1})");
            require(Pattern2(money.ApproximatePair), "money.approximate_pair (a pattern with {0} and {1})");
            require(money.Currencies.Count > 0, "money.currencies");
            foreach (var (code, currency) in money.Currencies.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                var key = "money.currencies." + code;
                require(code.Length == 3 && code.All(char.IsAsciiLetterUpper), key + " (an ISO 4217 code such as USD)");
                require(Pattern1(currency.Name), key + ".name (a pattern with {0})");
                require(currency.NameOne.Length == 0 || Pattern1(currency.NameOne), key + ".name_one (a pattern with {0})");
                require(currency.Usual is "symbol" or "name", key + ".usual (symbol or name)");
                require(currency.Usual == "name" || Pattern1(currency.Symbol), key + ".symbol (a pattern with {0})");
                require(currency.Decimals is >= 0 and <= 4, key + ".decimals (0 to 4)");
                if (currency.Minor is { } minor)
                {
                    require(minor.Below > 0 && minor.Factor > 0, key + ".minor.below and .factor");
                    require(Pattern1(minor.Other), key + ".minor.other (a pattern with {0})");
                    require(minor.One.Length == 0 || Pattern1(minor.One), key + ".minor.one (a pattern with {0})");
                }
            }
        }

        require(data.Percent is not null, "percent");
        if (data.Percent is { } percent)
        {
            require(Pattern1(percent.Prose), "percent.prose (a pattern with {0})");
            require(percent.Table.Length == 0 || Pattern1(percent.Table), "percent.table (a pattern with {0})");
            require(percent.Headline.Length == 0 || Pattern1(percent.Headline), "percent.headline (a pattern with {0})");
        }

        require(data.Compact is not null, "compact");
        if (data.Compact is { } compact)
        {
            require(compact.Scales.Count > 0, "compact.scales");
            decimal previous = 1;
            foreach (var scale in compact.Scales)
            {
                var key = "compact.scales[" + scale.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                require(scale.Value > previous, key + ".value (ascending, above 1)");
                require(Pattern1(scale.Long), key + ".long (a pattern with {0})");
                require(Pattern1(scale.Short), key + ".short (a pattern with {0})");
                require(scale.Headline.Length == 0 || Pattern1(scale.Headline), key + ".headline (a pattern with {0})");
                previous = scale.Value;
            }
        }

        require(data.Ranges is not null, "ranges");
        if (data.Ranges is { } ranges)
        {
            require(Pattern2(ranges.Words), "ranges.words (a pattern with {0} and {1})");
            require(Pattern2(ranges.Symbol), "ranges.symbol (a pattern with {0} and {1})");
        }

        require(data.Qualifiers is not null, "qualifiers");
        if (data.Qualifiers is { } q)
        {
            require(Pattern1(q.About), "qualifiers.about (a pattern with {0})");
            require(Pattern1(q.MoreThan), "qualifiers.more_than (a pattern with {0})");
            require(Pattern1(q.LessThan), "qualifiers.less_than (a pattern with {0})");
            require(Pattern1(q.Nearly), "qualifiers.nearly (a pattern with {0})");
            require(Pattern1(q.UpTo), "qualifiers.up_to (a pattern with {0})");
            require(Pattern1(q.AtLeast), "qualifiers.at_least (a pattern with {0})");
        }

        require(data.HeadlineCapitals is not null, "headline_capitals");
        require(data.Money is null || data.Money.Currencies.ContainsKey(data.HomeCurrency) || data.HomeCurrency.Length == 0,
            "money.currencies." + data.HomeCurrency + " (the home currency)");
    }
}
