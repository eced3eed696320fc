namespace NewsBrief.Facts;

/// <summary>
/// Decimal arithmetic that answers null instead of throwing when the result does not fit (decimal
/// holds about 7.9 × 10^28). Every conversion, ratio and percentage computed from facts or from
/// figures read in a text goes through here, so no input can end in an OverflowException: callers
/// decide what a result out of range means (a diagnostic, or "not comparable").
/// </summary>
internal static class CheckedDecimal
{
    public static decimal? Multiply(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static decimal? Divide(decimal a, decimal b)
    {
        if (b == 0m)
        {
            return null;
        }

        try
        {
            return a / b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
