namespace CaseLens.TestKit;

/// <summary>
/// Paths to the shipped sample data set (the seed's 2005-07 cohort), copied beside the test assembly.
/// </summary>
public static class SampleData
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string Notifications => Path.Combine(Directory, "notifications-2005-07.csv");

    public static string Intensive => Path.Combine(Directory, "intensive-2005-07.csv");

    public static string Comparators => Path.Combine(Directory, "comparators-2005-07.csv");
}
