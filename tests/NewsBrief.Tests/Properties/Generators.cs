using FsCheck;
using FsCheck.Fluent;

namespace NewsBrief.Tests.Properties;

/// <summary>Any decimal at all: a 96-bit mantissa, either sign, scale 0 to 28.</summary>
public sealed record AnyDecimal(decimal Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// An amount as a facts file states one: 0 to 10^16 (Rp3.621,3 triliun is 3.6 × 10^15), written with
/// 0 to 4 decimals, its digit count drawn uniformly so small and large amounts are equally likely.
/// </summary>
public sealed record Amount(decimal Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A locale of the repository and a currency both know.</summary>
public sealed record LocaleCurrency(string Locale, string Currency);

/// <summary>The property tests' generators (FsCheck 3), registered with <c>[Property(Arbitrary = ...)]</c>.</summary>
public static class Generators
{
    public static readonly string[] Locales = ["id", "en"];

    public static readonly string[] Currencies = ["IDR", "USD"];

    public static Arbitrary<AnyDecimal> AnyDecimals() => Arb.From(
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Choose(int.MinValue, int.MaxValue)
        from hi in Gen.Frequency((1, Gen.Choose(int.MinValue, int.MaxValue)), (3, Gen.Constant(0)))
        from negative in Gen.Elements(false, true)
        from scale in Gen.Choose(0, 28)
        select new AnyDecimal(new decimal(lo, mid, hi, negative, (byte)scale)));

    public static Arbitrary<Amount> Amounts() => Arb.From(AmountGen(16, 4).Select(v => new Amount(v)));

    public static Arbitrary<LocaleCurrency> LocaleCurrencies() => Arb.From(
        from locale in Gen.Elements(Locales)
        from currency in Gen.Elements(Currencies)
        select new LocaleCurrency(locale, currency));

    /// <summary>Non-negative decimals of up to <paramref name="digits"/> digits, <paramref name="maxScale"/> of them after the point.</summary>
    public static Gen<decimal> AmountGen(int digits, int maxScale) =>
        from n in Gen.Choose(1, digits)
        from high in Gen.Choose(0, 99_999_999)
        from low in Gen.Choose(0, 99_999_999)
        from scale in Gen.Choose(0, Math.Min(maxScale, n))
        select Exact(((long)high * 100_000_000L + low) % Pow10(n), scale);

    /// <summary><paramref name="mantissa"/> × 10^-<paramref name="scale"/>, exactly.</summary>
    public static decimal Exact(long mantissa, int scale) =>
        new(unchecked((int)(mantissa & 0xFFFFFFFF)), (int)(mantissa >> 32), 0, false, (byte)scale);

    private static long Pow10(int n)
    {
        var p = 1L;
        for (var i = 0; i < n; i++)
        {
            p *= 10;
        }

        return p;
    }
}
