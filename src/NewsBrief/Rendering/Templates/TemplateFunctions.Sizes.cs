using Scriban.Runtime;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// <c>fmt.percent_size FROM TO DECIMALS PLACE</c>: the unsigned size of a percent change, for copy
/// whose verb says the direction (<c>melemah 0,45 persen</c>, <c>narrowed its loss by 30.0%</c>).
/// </summary>
internal sealed partial class TemplateFunctions
{
    private static void AddSizeHelpers(ScriptObject fmt) =>
        Add(fmt, TypedFunction.Create<decimal, decimal, int, string, string>("fmt.percent_size", (c, from, to, decimals, style) =>
            E(H(c).PercentSize(from, to, decimals, style))));
}
