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

    /// <summary>A time of day (<c>pukul 14.30 WIB</c>, <c>2:30 p.m.</c>); the key is <c>14:30</c> or <c>14:30 WIB</c>.</summary>
    Time,

    /// <summary>A weekday dateline (<c>Kamis (30/10/2025)</c>, <c>Thursday</c>), with a time when one follows; the key is the day as facts write it.</summary>
    Day,

    /// <summary>A reporting period (<c>kuartal III-2025</c>, <c>Q3 2025</c>); the key is the period as facts write it (<c>2025-Q3</c>).</summary>
    Period,
}
