namespace CaseLens.Reporting.Charts;

/// <summary>Tick labels broken into short lines so that neighbours do not overlap.</summary>
internal static class ChartLabels
{
    public static string Wrap(string label, int width = 18)
    {
        var lines = new List<string> { string.Empty };
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + word.Length + 1 > width)
            {
                lines.Add(string.Empty);
            }

            lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
        }

        return string.Join('\n', lines);
    }
}
