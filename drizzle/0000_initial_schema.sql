CREATE TABLE `region_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`alias` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `region_aliases_alias_region_uq` ON `region_aliases` (`alias`,`region_id`);--> statement-breakpoint
CREATE TABLE `regions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`parent_id` integer,
	`path` text NOT NULL,
	`depth` integer NOT NULL,
	`code` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regions_parent_name_uq` ON `regions` (`parent_id`,`name`);--> statement-breakpoint
CREATE INDEX `regions_path_idx` ON `regions` (`path`);--> statement-breakpoint
CREATE UNIQUE INDEX `regions_code_uq` ON `regions` (`code`);--> statement-breakpoint
CREATE TABLE `import_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_name` text NOT NULL,
	`text_hash` text NOT NULL,
	`document_number` text NOT NULL,
	`outcome` text NOT NULL,
	`imported_by` text NOT NULL,
	`summary` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `import_warnings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_run_id` integer NOT NULL,
	`severity` text NOT NULL,
	`code` text NOT NULL,
	`message` text NOT NULL,
	`region_id` integer,
	FOREIGN KEY (`import_run_id`) REFERENCES `import_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_warnings_run_idx` ON `import_warnings` (`import_run_id`);--> statement-breakpoint
CREATE TABLE `document_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`title` text NOT NULL,
	`issuers` text NOT NULL,
	`issued_on` text,
	`year` integer NOT NULL,
	`batch` integer,
	`upstream_number` text,
	`policy_references` text NOT NULL,
	`direct_fund_code` text,
	`direct_fund_name` text,
	`revenue_subject_code` text,
	`revenue_subject_name` text,
	`expenditure_subject_code` text,
	`expenditure_subject_name` text,
	`spending_directions` text NOT NULL,
	`amount_unit` text NOT NULL,
	`feedback_form` text,
	`raw_text` text NOT NULL,
	`text_hash` text NOT NULL,
	`import_run_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_run_id`) REFERENCES `import_runs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_revisions_document_revision_uq` ON `document_revisions` (`document_id`,`revision`);--> statement-breakpoint
CREATE UNIQUE INDEX `document_revisions_document_hash_uq` ON `document_revisions` (`document_id`,`text_hash`);--> statement-breakpoint
CREATE INDEX `document_revisions_year_idx` ON `document_revisions` (`year`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`program_id` integer NOT NULL,
	`current_revision_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`current_revision_id`) REFERENCES `document_revisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_number_uq` ON `documents` (`number`);--> statement-breakpoint
CREATE INDEX `documents_program_idx` ON `documents` (`program_id`);--> statement-breakpoint
CREATE TABLE `programs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`year` integer NOT NULL,
	`source` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `programs_name_year_uq` ON `programs` (`name`,`year`);--> statement-breakpoint
CREATE TABLE `allocations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`revision_id` integer NOT NULL,
	`region_id` integer NOT NULL,
	`row_no` integer NOT NULL,
	`annual_total` integer NOT NULL,
	`early_advance` integer,
	`prior_batches` integer,
	`this_batch` integer NOT NULL,
	`is_subtotal` integer NOT NULL,
	FOREIGN KEY (`revision_id`) REFERENCES `document_revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `allocations_revision_region_uq` ON `allocations` (`revision_id`,`region_id`);--> statement-breakpoint
CREATE INDEX `allocations_region_revision_idx` ON `allocations` (`region_id`,`revision_id`,`is_subtotal`,`annual_total`);--> statement-breakpoint
CREATE TABLE `indicator_results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`value` real,
	`text` text,
	`outcome` text,
	`achieved_on` text,
	`reported_on` text NOT NULL,
	`reported_by` text NOT NULL,
	`is_sample` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `indicator_results_lookup_idx` ON `indicator_results` (`indicator_id`,`region_id`,`year`,`id`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicators_name_key_uq` ON `indicators` (`name_key`);--> statement-breakpoint
CREATE TABLE `sheet_indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sheet_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`ordinal` integer NOT NULL,
	`name` text NOT NULL,
	`level1` text NOT NULL,
	`level2` text,
	`written_level1` text,
	`written_level2` text,
	`target_text` text NOT NULL,
	`target_kind` text NOT NULL,
	`target_op` text,
	`target_value` real,
	`target_unit` text,
	`target_reference` text,
	FOREIGN KEY (`sheet_id`) REFERENCES `target_sheets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sheet_indicators_sheet_ordinal_uq` ON `sheet_indicators` (`sheet_id`,`ordinal`);--> statement-breakpoint
CREATE INDEX `sheet_indicators_indicator_idx` ON `sheet_indicators` (`indicator_id`,`sheet_id`);--> statement-breakpoint
CREATE TABLE `target_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sheet_id` integer NOT NULL,
	`ordinal` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`sheet_id`) REFERENCES `target_sheets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `target_goals_sheet_ordinal_uq` ON `target_goals` (`sheet_id`,`ordinal`);--> statement-breakpoint
CREATE TABLE `target_sheets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`revision_id` integer NOT NULL,
	`region_id` integer NOT NULL,
	`written_region` text NOT NULL,
	`year` integer,
	`project_name` text,
	`departments` text NOT NULL,
	`fund_total` integer,
	`central_funds` integer,
	`local_funds` integer,
	FOREIGN KEY (`revision_id`) REFERENCES `document_revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `target_sheets_revision_region_uq` ON `target_sheets` (`revision_id`,`region_id`);--> statement-breakpoint
CREATE TABLE `spending_current` (
	`year` integer NOT NULL,
	`month` integer NOT NULL,
	`region_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`report_id` integer NOT NULL,
	`amount` integer NOT NULL,
	`spent` integer NOT NULL,
	PRIMARY KEY(`year`, `month`, `region_id`, `document_id`),
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `spending_reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `spending_current_region_idx` ON `spending_current` (`region_id`,`year`,`month`);--> statement-breakpoint
CREATE INDEX `spending_current_document_idx` ON `spending_current` (`document_id`,`year`,`month`,`region_id`,`spent`);--> statement-breakpoint
CREATE TABLE `spending_direction_current` (
	`year` integer NOT NULL,
	`month` integer NOT NULL,
	`region_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`direction` text NOT NULL,
	`spent` integer NOT NULL,
	PRIMARY KEY(`year`, `month`, `region_id`, `document_id`, `direction`),
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `spending_line_directions` (
	`line_id` integer NOT NULL,
	`direction` text NOT NULL,
	`spent` integer NOT NULL,
	PRIMARY KEY(`line_id`, `direction`),
	FOREIGN KEY (`line_id`) REFERENCES `spending_lines`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "spending_line_directions_direction_ck" CHECK(direction in ('SUBSISTENCE_ALLOWANCE', 'EXTREME_POVERTY_SUPPORT', 'TEMPORARY_ASSISTANCE', 'VAGRANT_ASSISTANCE', 'ORPHAN_SUPPORT'))
);
--> statement-breakpoint
CREATE TABLE `spending_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`line_no` integer NOT NULL,
	`amount` integer NOT NULL,
	`spent` integer NOT NULL,
	`reason` text,
	`measures` text,
	`measures_due_on` text,
	FOREIGN KEY (`report_id`) REFERENCES `spending_reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "spending_lines_spent_ck" CHECK("spending_lines"."spent" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `spending_lines_report_document_uq` ON `spending_lines` (`report_id`,`document_id`);--> statement-breakpoint
CREATE TABLE `spending_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`year` integer NOT NULL,
	`month` integer NOT NULL,
	`version` integer NOT NULL,
	`submitted_by` text NOT NULL,
	`is_sample` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "spending_reports_month_ck" CHECK("spending_reports"."month" between 1 and 12)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `spending_reports_region_period_version_uq` ON `spending_reports` (`region_id`,`year`,`month`,`version`);--> statement-breakpoint
CREATE INDEX `spending_reports_period_idx` ON `spending_reports` (`year`,`month`);