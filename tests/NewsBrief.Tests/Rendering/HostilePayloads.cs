namespace NewsBrief.Tests.Rendering;

/// <summary>Text an editor might paste, or an attacker might plant, in a facts file.</summary>
internal static class HostilePayloads
{
    public static readonly string[] All =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "</script><script>alert(1)</script>",
        "[click](javascript:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[x](JAVASCRIPT&colon;alert(1))",
        "<javascript:alert(1)>",
        "![i](javascript:alert(1))",
        "[a]: javascript:alert(1)",
        "[data](data:text/html;base64,PHNjcmlwdD4=)",
        "[proto](//evil.example)",
        "Title {onclick=alert(1)}",
        "para {style=\"position:fixed;top:0\"}",
        "# Heading injection",
        "- list injection",
        "1. ordered injection",
        "> quote injection",
        "| a | b | c |",
        "cell | breaker | here",
        "**bold** and _em_ and `code`",
        "line one\nline two\n\n# new block",
        "&lt;b&gt; entity &amp; &#60;script&#62;",
        "{{ 6*7 }} template syntax",
        "~~strike~~",
        "<!-- comment -->",
        "\\* escaped star \\",
        "{time=2025-09-17}forged date{/time}",
        "{lang=id}forged language{/lang}",
        "{lang=id onclick=alert(1)}x{/lang}",
        "\\{time=2025}x{/time}",
    ];
}
