namespace CaseLens.Reporting.Html;

/// <summary>The page's only style sheet, inline: readable on screen, a table per page when printed.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.4; }
        h1 { font-size: 1.6rem; }
        h2 { font-size: 1.3rem; border-bottom: 2px solid #1f4e79; padding-bottom: .2rem; margin-top: 2.5rem; }
        nav ol { columns: 2; font-size: .9rem; }
        table { border-collapse: collapse; margin: 1.5rem 0 .5rem; font-size: .92rem; }
        caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: .4rem; }
        th, td { border: 1px solid #9a9a9a; padding: .25rem .55rem; vertical-align: top; }
        thead th { background: #dce6f1; text-align: center; font-weight: bold; }
        thead th .n { display: block; font-weight: normal; }
        tbody th { text-align: left; font-weight: normal; min-width: 8rem; }
        td { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .comparator { background: #f2f2f2; font-style: italic; }
        thead th.comparator { background: #e7e7e7; }
        tr.sub-row th { padding-left: 1.8rem; font-style: italic; }
        tr.total th, tr.total td { font-weight: bold; }
        td.suppressed { color: #7a3000; }
        .notes { font-size: .85rem; color: #333; margin: 0 0 1rem; }
        .notes p { margin: .15rem 0; }
        figure.chart { margin: 1rem 0; }
        figure.chart svg { max-width: 100%; height: auto; }
        figcaption { font-weight: bold; font-size: .92rem; }
        .legend { border-left: 4px solid #c55a11; padding: .3rem .8rem; background: #fbf3ee; }
        dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dl.provenance dt { font-weight: bold; }
        dl.provenance dd { margin: 0; overflow-wrap: anywhere; }
        @page { size: A4; margin: 15mm; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          nav { display: none; }
          section.report-table { break-after: page; }
          table, figure { break-inside: avoid; }
          thead { display: table-header-group; }
          .comparator, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;
}
