using System.Text.RegularExpressions;

namespace NewsBrief.Rendering.Templates;

/// <summary>
/// A template error's own text made fit to go first in an NB4002 message: without .NET's
/// <c>(Parameter 'currency')</c> suffix and without its closing period, so the caller's
/// "(while rendering …). Fix …" never follows a period (it once read <c>… to locales/en.yml.. Fix</c>).
/// </summary>
internal static partial class TemplateErrorText
{
    /// <summary>The message as a clause: trimmed, no parameter suffix, no closing periods.</summary>
    public static string Clause(string message)
    {
        var text = ParameterSuffix().Replace(message ?? "", "").Trim();
        return text.TrimEnd('.', ' ');
    }

    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterSuffix();
}
