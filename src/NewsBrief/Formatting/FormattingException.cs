namespace NewsBrief.Formatting;

/// <summary>A value the locale cannot write (an unknown currency or unit); the message says how to fix it.</summary>
public sealed class FormattingException(string message) : Exception(message);
