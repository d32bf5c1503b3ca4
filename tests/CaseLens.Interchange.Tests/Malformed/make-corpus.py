#!/usr/bin/env python3
"""Regenerates the malformed-file corpus and its manifest (expected.csv).

Each file breaks exactly one rule; expected.csv gives the one problem the reader must report:
file, format (notifications|intensive), line, column (empty when none), a fragment of the message.
Run from this folder: python3 make-corpus.py
"""
import csv, io, os

N_BASE = {"case_id": "N1", "incident_date": "2005-04-03", "scr_status": "yes", "incident_type": "death"}
I_BASE = {"case_id": "I1", "incident_type": "death"}
cases = []  # (file, format, bytes, line, column, fragment)

def table(rows, header, newline="\r\n"):
    out = io.StringIO()
    w = csv.writer(out, lineterminator=newline)
    w.writerow(header)
    for r in rows:
        w.writerow([r.get(c, "") for c in header])
    return out.getvalue().encode("utf-8")

def bad_value(name, fmt, column, value, fragment, extra=None, line=3):
    """Three rows; the second (line 3) carries the bad value."""
    base = N_BASE if fmt == "notifications" else I_BASE
    prefix = base["case_id"][0]
    extra = extra or {}
    header = list(base) + [c for c in list(extra) + [column] if c not in base]
    header = list(dict.fromkeys(header))
    rows = []
    for i in (1, 2, 3):
        r = dict(base, case_id=f"{prefix}{i}")
        if i == 2:
            r.update(extra)
            r[column] = value
        rows.append(r)
    cases.append((name, fmt, table(rows, header), line, column, fragment))

def raw(name, fmt, data, line, column, fragment):
    cases.append((name, fmt, data if isinstance(data, bytes) else data.encode("utf-8"), line, column, fragment))

I = "intensive"

# --- refused although a lenient reader would take it (issue 7) ---
N_TEXT = "case_id,incident_date,scr_status\r\nN1,2005-04-03,no\r\n"
raw("n-utf16-le-bom.csv", "notifications", N_TEXT.encode("utf-16"), 1, "", "UTF-16")
raw("n-utf16-be-bom.csv", "notifications", b"\xfe\xff" + N_TEXT.encode("utf-16-be"), 1, "", "UTF-16")
raw("n-utf32-le-bom.csv", "notifications", N_TEXT.encode("utf-32"), 1, "", "UTF-32")
raw("n-utf32-be-bom.csv", "notifications", b"\x00\x00\xfe\xff" + N_TEXT.encode("utf-32-be"), 1, "", "UTF-32")
raw("n-header-only.csv", "notifications", "case_id,incident_date,scr_status\r\n", 1, "", "no records")
raw("n-header-then-empty-lines.csv", "notifications", "case_id,incident_date,scr_status\r\n\r\n\r\n", 1, "", "no records")
raw("i-header-only.csv", I, "case_id,incident_type\r\n", 1, "", "no records")
raw("n-case-id-differs-in-letter-case.csv", "notifications",
    "case_id,incident_date,scr_status\r\nSCR-001,2005-04-03,no\r\nN2,2005-04-03,no\r\nscr-001,2005-04-03,no\r\n",
    4, "case_id", "\"SCR-001\" on line 2 is the same case")
raw("i-case-id-differs-in-letter-case.csv", I,
    "case_id,incident_type\r\nAb1,death\r\naB1,death\r\n", 3, "case_id", "\"Ab1\" on line 2 is the same case")
bad_value("n-age-plus-sign.csv", "notifications", "age_months", "+12", "plain digits")
bad_value("n-age-leading-zeros.csv", "notifications", "age_months", "0012", "plain digits")
bad_value("i-age-leading-zeros.csv", I, "age_months", "0012", "plain digits")
bad_value("n-siblings-plus-sign.csv", "notifications", "siblings", "+1", "plain digits")
bad_value("n-incident-date-future.csv", "notifications", "incident_date", "2999-01-01", "expected a date from 1900-01-01 to today")
bad_value("n-incident-date-before-1900.csv", "notifications", "incident_date", "1899-12-31", "expected a date from 1900-01-01 to today")
bad_value("n-notification-date-future.csv", "notifications", "notification_date", "2105-04-03", "expected a date from 1900-01-01 to today")

# --- file level --------------------------------------------------------------------------------
raw("n-empty-file.csv", "notifications", b"", 1, "", "the file is empty")
raw("n-unknown-column.csv", "notifications",
    "case_id,incident_date,scr_status,colour\r\nN1,2005-04-03,no,red\r\n", 1, "4", "header column 4 is not a column")
raw("n-column-name-wrong-case.csv", "notifications",
    "case_id,incident_date,scr_status,Region\r\nN1,2005-04-03,no,east\r\n", 1, "4", "did you mean region")
raw("n-missing-required-column.csv", "notifications",
    "case_id,incident_date,incident_type\r\nN1,2005-04-03,death\r\n", 1, "scr_status", "required column is missing")
raw("n-duplicate-header.csv", "notifications",
    "case_id,incident_date,scr_status,region,region\r\nN1,2005-04-03,no,east,east\r\n", 1, "region", "more than once")
raw("n-empty-header-name.csv", "notifications",
    "case_id,incident_date,scr_status,\r\nN1,2005-04-03,no,\r\n", 1, "4", "header column 4 has no name")
raw("n-semicolon-delimiter.csv", "notifications",
    "case_id;incident_date;scr_status\r\nN1;2005-04-03;no\r\n", 1, "", "separated by ';'")
raw("n-tab-delimiter.csv", "notifications",
    "case_id\tincident_date\tscr_status\r\nN1\t2005-04-03\tno\r\n", 1, "", "separated by tabs")
raw("n-unclosed-quote.csv", "notifications",
    "case_id,incident_date,scr_status,board\r\nN1,2005-04-03,no,Board 1\r\nN2,2005-04-03,no,Board 2\r\n"
    "N3,2005-04-03,no,\"Board 3\r\nN4,2005-04-03,no,Board 4\r\n", 4, "", "closing quote is never found")
raw("n-latin1-encoding.csv", "notifications",
    "case_id,incident_date,scr_status,board\r\nN1,2005-04-03,no,Board 1\r\n".encode("utf-8")
    + "N2,2005-04-03,no,Conseil Génèral\r\n".encode("latin-1"), 3, "", "not UTF-8")
raw("n-binary-bytes.csv", "notifications",
    b"case_id,incident_date,scr_status\r\nN1,2005-04-03,no\r\n\x00\x01\x02PK\x03\x04\x00\x00\r\n", 3, "", "binary data")
raw("n-xlsx-renamed.csv", "notifications",
    b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml", 1, "", "binary data")
raw("n-multiline-outline-then-error.csv", "notifications",
    "case_id,incident_date,scr_status,region,case_outline\r\n"
    "N1,2005-04-03,no,east,\"First line of the outline,\r\nsecond line with \"\"quotes\"\",\r\nthird line\"\r\n"
    "N2,2005-04-03,no,london,\"one\ntwo\"\r\n"
    "N3,2005-04-03,no,North East,short\r\n", 7, "region", "expected one of: north_east")
raw("n-too-many-cells.csv", "notifications",
    "case_id,incident_date,scr_status,board\r\nN1,2005-04-03,no,Board 1\r\nN2,2005-04-03,no,Board, 2\r\n", 3, "",
    "the row has 5 cells but the header has 4 columns")
raw("n-too-few-cells.csv", "notifications",
    "case_id,incident_date,scr_status,board\r\nN1,2005-04-03,no,Board 1\r\nN2,2005-04-03,no\r\n", 3, "",
    "the row has 3 cells but the header has 4 columns")
raw("n-stray-quote.csv", "notifications",
    "case_id,incident_date,scr_status,board\r\nN1,2005-04-03,no,The \"Board\"\r\n", 2, "board", "enclose the whole field in quotes")
raw("n-duplicate-case-id.csv", "notifications",
    "case_id,incident_date,scr_status\nN1,2005-04-03,no\nN2,2005-04-03,no\nN1,2005-05-03,no\n", 4, "case_id",
    "duplicate case_id, first used on line 2")

# --- notification value rules ------------------------------------------------------------------
N = "notifications"
bad_value("n-case-id-empty.csv", N, "case_id", "", "a value is required")
bad_value("n-case-id-characters.csv", N, "case_id", "N 2!", "expected 1-40 characters")
bad_value("n-case-id-too-long.csv", N, "case_id", "N" * 41, "expected 1-40 characters")
bad_value("n-incident-date-format.csv", N, "incident_date", "03/04/2005", "expected a date YYYY-MM-DD")
bad_value("n-incident-date-impossible.csv", N, "incident_date", "2005-02-30", "expected a date YYYY-MM-DD")
bad_value("n-incident-date-empty.csv", N, "incident_date", "", "a value is required")
bad_value("n-notification-date-format.csv", N, "notification_date", "2005-4-3", "expected a date YYYY-MM-DD")
bad_value("n-region-label.csv", N, "region", "North East", "expected one of: north_east, north_west")
bad_value("n-board-too-long.csv", N, "board", "B" * 101, "at most 100 are allowed")
bad_value("n-notification-type.csv", N, "notification_type", "scr", "expected one of: lac_death")
bad_value("n-scr-status-case.csv", N, "scr_status", "Yes", "expected one of: yes, no, undetermined")
bad_value("n-scr-status-empty.csv", N, "scr_status", "", "a value is required")
bad_value("n-exclusion.csv", N, "exclusion", "duplicate", "expected one of: duplicate_report")
bad_value("n-age-above-range.csv", N, "age_months", "216", "from 0 to 215")
bad_value("n-age-negative.csv", N, "age_months", "-1", "from 0 to 215")
bad_value("n-age-not-number.csv", N, "age_months", "3m", "expected a whole number")
bad_value("n-gender.csv", N, "gender", "f", "expected one of: female, male")
bad_value("n-ethnicity.csv", N, "ethnicity", "White", "expected one of: white, mixed")
bad_value("n-siblings-negative.csv", N, "siblings", "-2", "0 or more")
bad_value("n-siblings-not-number.csv", N, "siblings", "two", "expected a whole number")
bad_value("n-twin.csv", N, "twin", "Y", "expected one of: yes, no")
bad_value("n-birth-order.csv", N, "birth_order", "first", "expected one of: only, oldest")
bad_value("n-cp-plan.csv", N, "cp_plan", "yes", "expected one of: no, current, past, unclear")
bad_value("n-cp-categories-unknown.csv", N, "cp_categories", "physical;beating", "'beating' is not a code",
          extra={"cp_plan": "current"})
bad_value("n-cp-categories-repeated.csv", N, "cp_categories", "neglect ; neglect", "'neglect' is given more than once",
          extra={"cp_plan": "current"})
bad_value("n-cp-categories-empty-code.csv", N, "cp_categories", "neglect;;physical", "an empty code",
          extra={"cp_plan": "past"})
bad_value("n-sibling-cp-plan.csv", N, "sibling_cp_plan", "n/a", "expected one of: no, current, past, unclear, not_applicable")
bad_value("n-sibling-cp-categories.csv", N, "sibling_cp_categories", "Sexual", "'Sexual' is not a code",
          extra={"sibling_cp_plan": "current"})
bad_value("n-legal-status.csv", N, "legal_status", "section20", "expected one of: none, section_20")
bad_value("n-living-situation.csv", N, "living_situation", "foster", "expected one of: home, relatives")
bad_value("n-disability.csv", N, "disability", "unknown", "expected one of: no, yes, caused_by_incident")
bad_value("n-known-to-csc.csv", N, "known_to_csc", "yes", "expected one of: current, past, no")
bad_value("n-incident-type.csv", N, "incident_type", "injury", "expected one of: death, serious_injury")
bad_value("n-criminal-proceedings.csv", N, "criminal_proceedings", "maybe", "expected one of: no, yes, possible")
bad_value("n-harm-type.csv", N, "harm_type", "assault", "expected one of: physical_assault")
bad_value("n-head-injury.csv", N, "head_injury", "true", "expected one of: yes, no")
bad_value("n-death-category-case.csv", N, "death_category", "a1", "expected one of: A, A1, B")
bad_value("n-parent-factors.csv", N, "parent_factors", "domestic_violence;drugs", "'drugs' is not a code")
bad_value("n-child-factors.csv", N, "child_factors", "illness", "'illness' is not a code")
bad_value("n-case-factors.csv", N, "case_factors", "Neglect", "'Neglect' is not a code")
bad_value("n-scr-decision-date-format.csv", N, "scr_decision_date", "2005-13-01", "expected a date YYYY-MM-DD")
bad_value("n-scr-completed-date-format.csv", N, "scr_completed_date", "next year", "expected a date YYYY-MM-DD")
bad_value("n-delay-reasons.csv", N, "delay_reasons", "inquest;police", "'police' is not a code")
bad_value("n-case-outline-too-long.csv", N, "case_outline", "x" * 20001, "at most 20,000 are allowed")

# --- notification checks across columns --------------------------------------------------------
bad_value("n-death-category-on-injury.csv", N, "death_category", "C", "only allowed on a death",
          extra={"incident_type": "serious_injury"})
bad_value("n-cp-categories-without-plan.csv", N, "cp_categories", "neglect",
          "only allowed when cp_plan is current or past (cp_plan is no)", extra={"cp_plan": "no"})
bad_value("n-cp-categories-plan-unknown.csv", N, "cp_categories", "neglect",
          "only allowed when cp_plan is current or past (cp_plan is empty)")
bad_value("n-sibling-categories-without-plan.csv", N, "sibling_cp_categories", "physical",
          "only allowed when sibling_cp_plan is current or past", extra={"sibling_cp_plan": "unclear"})
bad_value("n-not-applicable-with-siblings.csv", N, "sibling_cp_plan", "not_applicable",
          "not_applicable means an only child, but siblings is 2", extra={"siblings": "2"})
bad_value("n-only-child-with-siblings.csv", N, "birth_order", "only", "only means no siblings, but siblings is 1",
          extra={"siblings": "1"})
bad_value("n-no-siblings-not-only.csv", N, "birth_order", "oldest", "expected only when siblings is 0",
          extra={"siblings": "0"})
bad_value("n-no-siblings-sibling-plan.csv", N, "sibling_cp_plan", "no", "expected not_applicable when siblings is 0",
          extra={"siblings": "0"})
bad_value("n-notification-before-incident.csv", N, "notification_date", "2005-04-02",
          "must not be before incident_date (2005-04-03)")
bad_value("n-decision-before-incident.csv", N, "scr_decision_date", "2005-01-01",
          "must not be before incident_date (2005-04-03)")
bad_value("n-completed-before-decision.csv", N, "scr_completed_date", "2005-05-31",
          "must not be before scr_decision_date (2005-06-01)", extra={"scr_decision_date": "2005-06-01"})
bad_value("n-completed-before-incident.csv", N, "scr_completed_date", "2005-03-01",
          "must not be before incident_date (2005-04-03)")
bad_value("n-scr-without-incident-type.csv", N, "incident_type", "", "a value is required when scr_status is yes")

# --- intensive ---------------------------------------------------------------------------------
raw("i-missing-incident-type-column.csv", I, "case_id,gender\r\nI1,male\r\n", 1, "incident_type",
    "required column is missing")
raw("i-unknown-column.csv", I, "case_id,incident_type,scr_status\r\nI1,death,yes\r\n", 1, "3",
    "header column 3 is not a column")
raw("i-duplicate-case-id.csv", I, "case_id,incident_type\r\nI1,death\r\nI1,death\r\n", 3, "case_id",
    "duplicate case_id, first used on line 2")
bad_value("i-incident-type-empty.csv", I, "incident_type", "", "a value is required")
bad_value("i-case-id-characters.csv", I, "case_id", "I/2", "expected 1-40 characters")
bad_value("i-age-above-range.csv", I, "age_months", "300", "from 0 to 215")
bad_value("i-region.csv", I, "region", "wales", "expected one of: north_east")
bad_value("i-household-children-zero.csv", I, "household_children", "0", "1 or more")
bad_value("i-frequent-moves.csv", I, "frequent_moves", "often", "expected one of: yes, no")
bad_value("i-domestic-violence.csv", I, "domestic_violence", "both", "expected one of: no, current, past, current_and_past")
bad_value("i-maternal-substance-misuse.csv", I, "maternal_substance_misuse", "past", "expected one of: no, current, past_only")
bad_value("i-paternal-mental-health.csv", I, "paternal_mental_health", "yes", "expected one of: no, current, past_only")
bad_value("i-court-order.csv", I, "court_order", "emergency", "expected one of: none, care_order")
bad_value("i-gestation.csv", I, "gestation", "term", "expected one of: full_term, premature")
bad_value("i-birth.csv", I, "birth", "normal", "expected one of: no_problems, scbu")
bad_value("i-hospital-admissions-negative.csv", I, "hospital_admissions", "-1", "0 or more")
bad_value("i-ae-attendances-not-number.csv", I, "ae_attendances", "several", "expected a whole number")
bad_value("i-antenatal-attendance.csv", I, "antenatal_attendance", "missed", "expected one of: attended, partial")
bad_value("i-gp-registration.csv", I, "gp_registration", "none", "expected one of: continuous, lapses, removed")
bad_value("i-intervention-level.csv", I, "intervention_level", "5", "expected one of: 1, 2, 3, 4")
bad_value("i-cooperation.csv", I, "cooperation", "0", "expected one of: 1, 2, 3, 4, 5")
bad_value("i-cp-plan-not-known-to-csc.csv", I, "cp_plan", "current", "needs known_to_csc other than no",
          extra={"known_to_csc": "no"})
bad_value("i-too-young-at-three-months.csv", I, "development_checks", "too_young", "only applies under 3 months",
          extra={"age_months": "3"})

here = os.path.dirname(os.path.abspath(__file__))
for f in os.listdir(here):
    if f.endswith(".csv"):
        os.remove(os.path.join(here, f))
with open(os.path.join(here, "expected.csv"), "w", newline="") as m:
    w = csv.writer(m, lineterminator="\n")
    w.writerow(["file", "format", "line", "column", "message"])
    for name, fmt, data, line, column, fragment in cases:
        with open(os.path.join(here, name), "wb") as f:
            f.write(data)
        w.writerow([name, fmt, line, column, fragment])
print(len(cases), "files")
