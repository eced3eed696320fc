namespace NewsBrief.Facts;

/// <summary>How much of a date was written: <c>2023</c>, <c>2022-10</c> or <c>2025-09-17</c>.</summary>
public enum DatePrecision
{
    /// <summary>Year only.</summary>
    Year,

    /// <summary>Year and month.</summary>
    Month,

    /// <summary>Year, month and day.</summary>
    Day,
}
