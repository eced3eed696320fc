namespace NewsBrief.Formatting;

/// <summary>The size of a change, for copy whose verb already says its direction (story kinds).</summary>
public sealed partial class StoryHelperFormatter
{
    /// <summary>
    /// The size of the percent change from <paramref name="from"/> to <paramref name="to"/>, without
    /// a sign, rounded half away from zero like <see cref="PercentChange"/> (<c>melemah 0,45 persen</c>,
    /// <c>fell 0.45%</c>; a loss from -500 to -350 <c>menyempit 30,0 persen</c>): the verb carries the
    /// direction, so "turun -0,45 persen" cannot be written. It is the percent change to the point as
    /// far above <paramref name="from"/> as <paramref name="to"/> is from it, so both helpers round alike.
    /// </summary>
    public string PercentSize(decimal from, decimal to, int decimals, string style) =>
        PercentChange(from, from + Math.Abs(to - from), decimals, style);
}
