namespace NewsBrief.Recognition;

/// <summary>What a recognized figure is.</summary>
public enum FigureKind
{
    /// <summary>An amount with a currency (<c>Rp4,87 miliar</c>, <c>$294,000</c>).</summary>
    Money,

    /// <summary>A plain number, scaled or not (<c>1.250</c>, <c>294 ribu</c>).</summary>
    Number,

    /// <summary>A percentage; the value is in percent (<c>5,3 persen</c> is 5.3).</summary>
    Percent,

    /// <summary>A count or measure with a unit key of the locale files (<c>80 jam</c>, <c>512 chips</c>).</summary>
    Count,

    /// <summary>A calendar date (<c>17 September 2025</c>, <c>Oktober 2022</c>).</summary>
    Date,
}
