using System.CommandLine;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;

namespace CaseLens.Cli.Commands;

/// <summary>The filter options of <c>cases</c> and <c>report</c>, read into the store's <see cref="NotificationFilter"/>.</summary>
internal sealed class FilterOptions
{
    public Option<StudyYear?> StudyYear { get; } = new("--study-year")
    {
        Description = "Only incidents in this study year, 1 April to 31 March, written YYYY-YY (for example 2005-06).",
        HelpName = "YYYY-YY",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 0 ? null : result.Tokens[0].Value;
            if (Domain.Grouping.StudyYear.TryParse(text, out var year))
            {
                return year;
            }

            result.AddError($"--study-year: '{text}' is not a study year; expected YYYY-YY such as 2005-06.");
            return null;
        },
    };

    public Option<Region?> Region { get; } = CodedOption.Create<Region>("--region", "Only notifications from this region.");

    public Option<string?> Board { get; } = new("--board")
    {
        Description = "Only notifications from this Local Safeguarding Children Board (its exact name, case-sensitive).",
        HelpName = "NAME",
    };

    public Option<IncidentType?> IncidentType { get; } =
        CodedOption.Create<IncidentType>("--incident-type", "Only deaths or only serious injuries.");

    public Option<ScrStatus?> ScrStatus { get; } =
        CodedOption.Create<ScrStatus>("--scr-status", "Only notifications with this review status.");

    public void AddTo(Command command, bool withStatus)
    {
        command.Options.Add(StudyYear);
        command.Options.Add(Region);
        command.Options.Add(Board);
        command.Options.Add(IncidentType);
        if (withStatus)
        {
            command.Options.Add(ScrStatus);
        }
    }

    public NotificationFilter Read(ParseResult parse) => new()
    {
        StudyYear = parse.GetValue(StudyYear),
        Region = parse.GetValue(Region),
        Board = parse.GetValue(Board),
        IncidentType = parse.GetValue(IncidentType),
        ScrStatus = parse.GetValue(ScrStatus),
    };
}
