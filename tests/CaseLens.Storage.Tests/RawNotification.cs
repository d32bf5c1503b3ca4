using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;

namespace CaseLens.Storage.Tests;

/// <summary>A minimal notification written straight in SQL, as another program (or another writer) might, past CaseLens's import.</summary>
internal static class RawNotification
{
    /// <summary>The INSERT, with the case id and board given as SQL (a parameter or a literal).</summary>
    public static string Insert(string idSql, string boardSql = "NULL") =>
        "INSERT INTO notifications (case_id, incident_date, scr_status, board, cp_categories, sibling_cp_categories, parent_factors, child_factors, case_factors, delay_reasons) " +
        $"VALUES ({idSql}, '2005-06-01', '{Codes<ScrStatus>.Code(ScrStatus.Yes)}', {boardSql}, '', '', '', '', '', '')";
}
