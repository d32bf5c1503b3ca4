-- The schema of a new SQLite store: what the migrations make, written by a test from a store
-- they migrated (tests/CaseLens.Storage.Tests/Opening/NewSqliteSchemaTests.cs). Do not edit:
-- run that test with CASELENS_UPDATE_GOLDEN=1 after adding a migration.
CREATE TABLE "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO "__EFMigrationsHistory" VALUES('20261126005749_InitialCreate','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261203074028_CaseKeyIndexes','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261203103000_OutlineSearch','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261203103313_Releases_Additive','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261203134706_HealthMarkers_Additive','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261203143203_CaseSummaries_Additive','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261203235231_KeptCounts_Additive','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261204002000_OutlineIndexByRowid','10.0.15');
INSERT INTO "__EFMigrationsHistory" VALUES('20261204060000_OutlinesOnlyIndexed','10.0.15');
CREATE TABLE "audit_entries" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_audit_entries" PRIMARY KEY AUTOINCREMENT,
    "at" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "case_id" TEXT NULL,
    "before" TEXT NULL,
    "after" TEXT NULL,
    "details" TEXT NULL
);
CREATE TABLE "intensive_cases" (
    "case_id" TEXT NOT NULL CONSTRAINT "PK_intensive_cases" PRIMARY KEY,
    "incident_type" TEXT NOT NULL,
    "gender" TEXT NULL,
    "age_months" INTEGER NULL,
    "region" TEXT NULL,
    "household_children" INTEGER NULL,
    "frequent_moves" INTEGER NULL,
    "domestic_violence" TEXT NULL,
    "maternal_substance_misuse" TEXT NULL,
    "paternal_substance_misuse" TEXT NULL,
    "maternal_mental_health" TEXT NULL,
    "paternal_mental_health" TEXT NULL,
    "parental_learning_disability" INTEGER NULL,
    "criminal_convictions" INTEGER NULL,
    "known_to_csc" TEXT NULL,
    "cp_plan" TEXT NULL,
    "court_order" TEXT NULL,
    "gestation" TEXT NULL,
    "birth" TEXT NULL,
    "disability" INTEGER NULL,
    "hospital_admissions" INTEGER NULL,
    "ae_attendances" INTEGER NULL,
    "audiology_ophthalmology_needs" INTEGER NULL,
    "speech_language_needs" INTEGER NULL,
    "antenatal_attendance" TEXT NULL,
    "development_checks" TEXT NULL,
    "gp_registration" TEXT NULL,
    "intervention_level" TEXT NULL,
    "cooperation" TEXT NULL
, "admissions_earlier" TEXT NULL, "admissions_recent" TEXT NULL, "ae_earlier" TEXT NULL, "ae_recent" TEXT NULL, "camhs" TEXT NULL, "community_paediatrician" TEXT NULL, "dat" TEXT NULL, "family_gp_registration" TEXT NULL, "father_mental_health_care_at_incident" TEXT NULL, "father_mental_health_care_history" TEXT NULL, "father_other_health_services_at_incident" TEXT NULL, "father_other_health_services_history" TEXT NULL, "father_primary_care_at_incident" TEXT NULL, "father_primary_care_history" TEXT NULL, "father_substance_misuse_services_at_incident" TEXT NULL, "father_substance_misuse_services_history" TEXT NULL, "health_needs" TEXT NOT NULL DEFAULT '', "hv_contact_child" TEXT NULL, "hv_contact_other_child" TEXT NULL, "midwife_contact_child" TEXT NULL, "midwife_contact_other_child" TEXT NULL, "mother_mental_health_care_at_incident" TEXT NULL, "mother_mental_health_care_history" TEXT NULL, "mother_other_health_services_at_incident" TEXT NULL, "mother_other_health_services_history" TEXT NULL, "mother_primary_care_at_incident" TEXT NULL, "mother_primary_care_history" TEXT NULL, "mother_substance_misuse_services_at_incident" TEXT NULL, "mother_substance_misuse_services_history" TEXT NULL, "other_specialist" TEXT NULL, "salt" TEXT NULL, "school_nurse" TEXT NULL, "specialist_appointments" TEXT NULL, "urgent_care" TEXT NOT NULL DEFAULT '');
CREATE TABLE "notifications" (
    "case_id" TEXT NOT NULL CONSTRAINT "PK_notifications" PRIMARY KEY,
    "incident_date" TEXT NOT NULL,
    "notification_date" TEXT NULL,
    "region" TEXT NULL,
    "board" TEXT NULL,
    "notification_type" TEXT NULL,
    "scr_status" TEXT NOT NULL,
    "exclusion" TEXT NULL,
    "age_months" INTEGER NULL,
    "gender" TEXT NULL,
    "ethnicity" TEXT NULL,
    "siblings" INTEGER NULL,
    "twin" INTEGER NULL,
    "birth_order" TEXT NULL,
    "cp_plan" TEXT NULL,
    "cp_categories" TEXT NOT NULL,
    "sibling_cp_plan" TEXT NULL,
    "sibling_cp_categories" TEXT NOT NULL,
    "legal_status" TEXT NULL,
    "living_situation" TEXT NULL,
    "disability" TEXT NULL,
    "known_to_csc" TEXT NULL,
    "incident_type" TEXT NULL,
    "criminal_proceedings" TEXT NULL,
    "harm_type" TEXT NULL,
    "head_injury" INTEGER NULL,
    "death_category" TEXT NULL,
    "parent_factors" TEXT NOT NULL,
    "child_factors" TEXT NOT NULL,
    "case_factors" TEXT NOT NULL,
    "scr_decision_date" TEXT NULL,
    "scr_completed_date" TEXT NULL,
    "delay_reasons" TEXT NOT NULL,
    "case_outline" TEXT NULL
);
CREATE INDEX "ix_audit_entries_case_id" ON "audit_entries" ("case_id");
CREATE INDEX "ix_notifications_incident_date" ON "notifications" ("incident_date");
CREATE UNIQUE INDEX ix_notifications_case_key ON notifications (upper(case_id));
CREATE UNIQUE INDEX ix_intensive_cases_case_key ON intensive_cases (upper(case_id));
CREATE TABLE "releases" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_releases" PRIMARY KEY AUTOINCREMENT,
    "published_at" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "data_set_hash" TEXT NOT NULL,
    "filters" TEXT NOT NULL,
    "policy" TEXT NOT NULL,
    "cells_published" INTEGER NOT NULL,
    "content" TEXT NOT NULL
);
CREATE TABLE "chronology_entries" (
    "case_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    CONSTRAINT "PK_chronology_entries" PRIMARY KEY ("case_id", "position")
);
CREATE TABLE "summary_sections" (
    "case_id" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "PK_summary_sections" PRIMARY KEY ("case_id", "section")
);
CREATE TABLE "useful_quotes" (
    "case_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    CONSTRAINT "PK_useful_quotes" PRIMARY KEY ("case_id", "position")
);
CREATE TABLE "kept_counts" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_kept_counts" PRIMARY KEY,
    "format" INTEGER NOT NULL,
    "generation" INTEGER NOT NULL,
    "counts" BLOB NOT NULL
);
CREATE TABLE "store_generation" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_store_generation" PRIMARY KEY,
    "generation" INTEGER NOT NULL
);
CREATE TRIGGER notifications_generation_insert AFTER INSERT ON notifications BEGIN INSERT INTO store_generation (id, generation) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET generation = store_generation.generation + 1; END;
CREATE TRIGGER notifications_generation_update AFTER UPDATE ON notifications BEGIN INSERT INTO store_generation (id, generation) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET generation = store_generation.generation + 1; END;
CREATE TRIGGER notifications_generation_delete AFTER DELETE ON notifications BEGIN INSERT INTO store_generation (id, generation) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET generation = store_generation.generation + 1; END;
CREATE VIRTUAL TABLE notification_outlines USING fts5(case_outline, content = 'notifications', content_rowid = 'rowid', tokenize = 'porter unicode61', columnsize = 0);
CREATE TRIGGER notifications_outline_added AFTER INSERT ON notifications
WHEN new.case_outline IS NOT NULL
BEGIN
    INSERT INTO notification_outlines (rowid, case_outline) VALUES (new.rowid, new.case_outline);
END;
CREATE TRIGGER notifications_outline_removed AFTER DELETE ON notifications
WHEN old.case_outline IS NOT NULL
BEGIN
    INSERT INTO notification_outlines (notification_outlines, rowid, case_outline) VALUES ('delete', old.rowid, old.case_outline);
END;
CREATE TRIGGER notifications_outline_changed AFTER UPDATE OF case_outline ON notifications
WHEN old.case_outline IS NOT new.case_outline
BEGIN
    INSERT INTO notification_outlines (notification_outlines, rowid, case_outline) SELECT 'delete', old.rowid, old.case_outline WHERE old.case_outline IS NOT NULL;
    INSERT INTO notification_outlines (rowid, case_outline) SELECT new.rowid, new.case_outline WHERE new.case_outline IS NOT NULL;
END;
