using System.Diagnostics;

namespace NewsBrief.Fuzz;

/// <summary>
/// Shrinks a finding's input while it still breaks the same invariant with the same signature:
/// removes whole lines, then ever smaller byte chunks (greedy delta debugging), within a time budget.
/// Time findings are not shrunk: their point is the size.
/// </summary>
internal static class Minimizer
{
    public static byte[] Minimize(Harness harness, Target target, Finding finding, TimeSpan budget)
    {
        if (finding.Invariant == "time not linear in input size")
        {
            return finding.Input;
        }

        var clock = Stopwatch.StartNew();
        var best = finding.Input;
        bool StillFails(byte[] candidate)
        {
            try
            {
                harness.Run(target, candidate);
                return false;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return Finding.Of(e, candidate).Signature == finding.Signature;
            }
        }

        // Lines first (a facts file is YAML: lines are its units), then bytes.
        best = Shrink(best, SplitLines, StillFails, clock, budget);
        best = Shrink(best, b => b.Select(x => new[] { x }).ToList(), StillFails, clock, budget);
        return best;
    }

    private static byte[] Shrink(byte[] input, Func<byte[], List<byte[]>> split, Func<byte[], bool> stillFails, Stopwatch clock, TimeSpan budget)
    {
        var units = split(input);
        for (var chunk = Math.Max(1, units.Count / 2); chunk >= 1 && clock.Elapsed < budget; chunk /= 2)
        {
            for (var start = 0; start < units.Count && clock.Elapsed < budget;)
            {
                var candidate = units.Take(start).Concat(units.Skip(start + chunk)).ToList();
                if (candidate.Count < units.Count && stillFails(candidate.SelectMany(u => u).ToArray()))
                {
                    units = candidate; // keep start: the next chunk moved into place
                }
                else
                {
                    start += chunk;
                }
            }

            if (chunk == 1)
            {
                break;
            }
        }

        return units.SelectMany(u => u).ToArray();
    }

    private static List<byte[]> SplitLines(byte[] input)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] == '\n')
            {
                lines.Add(input[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < input.Length)
        {
            lines.Add(input[start..]);
        }

        return lines;
    }
}
