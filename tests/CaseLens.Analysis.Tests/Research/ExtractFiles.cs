using System.Text;
using CaseLens.Analysis.Research;
using CaseLens.Interchange.Statistics;

namespace CaseLens.Analysis.Tests.Research;

/// <summary>An extract written as the command will write it: OUT.csv with OUT.sps and OUT.R beside it, in a folder of its own.</summary>
internal sealed class ExtractFiles : IDisposable
{
    public ExtractFiles(ResearchExtract extract, string name = "extract")
    {
        Folder = Directory.CreateTempSubdirectory("caselens-extract-").FullName;
        Csv = Path.Combine(Folder, name + ".csv");
        using (var stream = File.Create(Csv))
        {
            StatisticsCsvWriter.Write(extract.Variables, extract.Rows, stream);
        }

        using (var sps = new StreamWriter(Path.Combine(Folder, name + ".sps"), false, new UTF8Encoding(false)))
        {
            SpssSyntaxWriter.Write(extract.Variables, extract.Rows, name + ".csv", sps);
        }

        using (var r = new StreamWriter(Path.Combine(Folder, name + ".R"), false, new UTF8Encoding(false)))
        {
            RScriptWriter.Write(extract.Variables, name + ".csv", r);
        }
    }

    public string Folder { get; }

    public string Csv { get; }

    /// <summary>Every file written, as text.</summary>
    public string AllText => string.Join("\n", Directory.GetFiles(Folder).Select(File.ReadAllText));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
