namespace NewsBrief.Formatting;

/// <summary>
/// A language helper was given a value it cannot write (an unknown compass code or province, a
/// negative distance, a time such as 25:70). The message says how to fix it; templates report it
/// as NB4002 at the call.
/// </summary>
public sealed class StoryHelperException(string message) : Exception(message);
