using System.Globalization;

namespace NewsBrief.Localization;

/// <summary>The CLDR plural operands of a decimal number, keeping its written scale (<c>1.0</c> has v = 1).</summary>
internal readonly record struct PluralOperands(decimal N, decimal I, decimal V, decimal W, decimal F, decimal T)
{
    /// <summary>The operands of <paramref name="value"/> as written (its <see cref="decimal.Scale"/> is the visible fraction).</summary>
    public static PluralOperands Of(decimal value)
    {
        var n = Math.Abs(value);
        var i = decimal.Truncate(n);
        var v = (int)n.Scale;
        var fraction = n - i;
        for (var k = 0; k < v; k++)
        {
            fraction *= 10;
        }

        var f = decimal.Truncate(fraction);
        var t = f;
        var w = v;
        while (w > 0 && t % 10 == 0)
        {
            t /= 10;
            w--;
        }

        return new PluralOperands(n, i, v, w, f, t);
    }

    public decimal Get(char operand) => operand switch
    {
        'n' => N,
        'i' => I,
        'v' => V,
        'w' => W,
        'f' => F,
        't' => T,
        _ => 0m, // c and e: compact exponent, always 0 here.
    };
}

/// <summary>A bad CLDR plural rule string.</summary>
internal sealed class PluralRuleException(string message) : FormatException(message);

/// <summary>
/// Plural rules of one kind (cardinal or ordinal) compiled from CLDR rule strings such as
/// <c>n % 10 = 1 and n % 100 != 11</c>. The category <c>other</c> is implied.
/// </summary>
internal sealed class PluralRules
{
    /// <summary>The categories a rule may name, in CLDR evaluation order; <c>other</c> is implied.</summary>
    public static readonly IReadOnlyList<string> RuleCategories = ["zero", "one", "two", "few", "many"];

    /// <summary>The implied category.</summary>
    public const string Other = "other";

    private readonly List<(string Category, Func<PluralOperands, bool> Test)> rules;

    private PluralRules(List<(string, Func<PluralOperands, bool>)> rules) => this.rules = rules;

    /// <summary>The categories this rule set can return, <c>other</c> last.</summary>
    public IEnumerable<string> Categories => rules.Select(r => r.Category).Append(Other);

    /// <summary>Compiles rules by category; throws <see cref="PluralRuleException"/> for a bad one.</summary>
    public static PluralRules Parse(IReadOnlyDictionary<string, string> byCategory)
    {
        var compiled = new List<(string, Func<PluralOperands, bool>)>();
        foreach (var key in byCategory.Keys.Where(k => !RuleCategories.Contains(k)))
        {
            throw new PluralRuleException($"unknown category '{key}' (use {string.Join(", ", RuleCategories)}; 'other' is implied)");
        }

        foreach (var category in RuleCategories)
        {
            if (byCategory.TryGetValue(category, out var text))
            {
                compiled.Add((category, Compile(text)));
            }
        }

        return new PluralRules(compiled);
    }

    /// <summary>Checks one rule string; returns null when valid, else the reason.</summary>
    public static string? Check(string rule)
    {
        try
        {
            Compile(rule);
            return null;
        }
        catch (PluralRuleException e)
        {
            return e.Message;
        }
    }

    /// <summary>The category of <paramref name="value"/> as written.</summary>
    public string Select(decimal value)
    {
        var operands = PluralOperands.Of(value);
        foreach (var (category, test) in rules)
        {
            if (test(operands))
            {
                return category;
            }
        }

        return Other;
    }

    /// <summary>Compiles one rule string (samples after '@' are ignored).</summary>
    public static Func<PluralOperands, bool> Compile(string rule)
    {
        var at = rule.IndexOf('@', StringComparison.Ordinal);
        var parser = new Parser(at >= 0 ? rule[..at] : rule);
        return parser.ParseCondition();
    }

    private sealed class Parser
    {
        private readonly List<string> tokens;
        private int pos;

        public Parser(string text)
        {
            tokens = Tokenize(text);
        }

        public Func<PluralOperands, bool> ParseCondition()
        {
            if (tokens.Count == 0)
            {
                throw new PluralRuleException("the rule is empty");
            }

            var result = ParseOr();
            if (pos < tokens.Count)
            {
                throw new PluralRuleException($"unexpected '{tokens[pos]}'");
            }

            return result;
        }

        private Func<PluralOperands, bool> ParseOr()
        {
            var left = ParseAnd();
            while (Accept("or"))
            {
                var l = left;
                var r = ParseAnd();
                left = o => l(o) || r(o);
            }

            return left;
        }

        private Func<PluralOperands, bool> ParseAnd()
        {
            var left = ParseRelation();
            while (Accept("and"))
            {
                var l = left;
                var r = ParseRelation();
                left = o => l(o) && r(o);
            }

            return left;
        }

        private Func<PluralOperands, bool> ParseRelation()
        {
            var operandToken = Next("an operand (n, i, v, w, f, t, c, e)");
            if (operandToken.Length != 1 || !"nivwftce".Contains(operandToken[0], StringComparison.Ordinal))
            {
                throw new PluralRuleException($"'{operandToken}' is not an operand (n, i, v, w, f, t, c, e)");
            }

            var operand = operandToken[0];
            decimal? modulus = null;
            if (Accept("%") || Accept("mod"))
            {
                modulus = ParseValue();
                if (modulus == 0)
                {
                    throw new PluralRuleException("modulus 0");
                }
            }

            bool negate;
            var within = false;
            if (Accept("="))
            {
                negate = false;
            }
            else if (Accept("!="))
            {
                negate = true;
            }
            else if (Accept("is"))
            {
                negate = Accept("not");
            }
            else
            {
                negate = Accept("not");
                if (Accept("within"))
                {
                    within = true;
                }
                else if (!Accept("in"))
                {
                    throw new PluralRuleException($"expected '=', '!=', 'is', 'in' or 'within' after '{operandToken}'{(pos < tokens.Count ? $", found '{tokens[pos]}'" : "")}");
                }
            }

            var ranges = ParseRangeList();
            return o =>
            {
                var x = o.Get(operand);
                if (modulus is { } m)
                {
                    x %= m;
                }

                var isInteger = x == decimal.Truncate(x);
                var hit = ranges.Exists(r => r.From == r.To ? x == r.From : (within || isInteger) && x >= r.From && x <= r.To);
                return hit != negate;
            };
        }

        private List<(decimal From, decimal To)> ParseRangeList()
        {
            var list = new List<(decimal, decimal)>();
            do
            {
                var from = ParseValue();
                var to = from;
                if (Accept(".."))
                {
                    to = ParseValue();
                    if (to < from)
                    {
                        throw new PluralRuleException($"range {from}..{to} is reversed");
                    }
                }

                list.Add((from, to));
            }
            while (Accept(","));
            return list;
        }

        private decimal ParseValue()
        {
            var token = Next("a number");
            if (token.Length == 0 || !token.All(char.IsAsciiDigit) ||
                !decimal.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                throw new PluralRuleException($"expected a number, found '{token}'");
            }

            return value;
        }

        private bool Accept(string token)
        {
            if (pos < tokens.Count && tokens[pos] == token)
            {
                pos++;
                return true;
            }

            return false;
        }

        private string Next(string expected)
        {
            if (pos >= tokens.Count)
            {
                throw new PluralRuleException($"expected {expected} at the end of the rule");
            }

            return tokens[pos++];
        }

        private static List<string> Tokenize(string text)
        {
            var list = new List<string>();
            var k = 0;
            while (k < text.Length)
            {
                var c = text[k];
                if (char.IsWhiteSpace(c))
                {
                    k++;
                }
                else if (char.IsAsciiLetter(c) || char.IsAsciiDigit(c))
                {
                    var start = k;
                    var digits = char.IsAsciiDigit(c);
                    while (k < text.Length && (digits ? char.IsAsciiDigit(text[k]) : char.IsAsciiLetter(text[k])))
                    {
                        k++;
                    }

                    list.Add(text[start..k]);
                }
                else if (c == '!' && k + 1 < text.Length && text[k + 1] == '=')
                {
                    list.Add("!=");
                    k += 2;
                }
                else if (c == '.' && k + 1 < text.Length && text[k + 1] == '.')
                {
                    list.Add("..");
                    k += 2;
                }
                else if (c is '=' or '%' or ',')
                {
                    list.Add(new string(c, 1));
                    k++;
                }
                else
                {
                    throw new PluralRuleException($"unexpected character '{c}' at position {k + 1}");
                }
            }

            return list;
        }
    }
}
