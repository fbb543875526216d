CREATE TABLE `spending_report_heads` (
	`year` integer NOT NULL,
	`month` integer NOT NULL,
	`region_id` integer NOT NULL,
	`report_id` integer NOT NULL,
	`version` integer NOT NULL,
	`submitted_at` text NOT NULL,
	`first_submitted_at` text NOT NULL,
	PRIMARY KEY(`year`, `month`, `region_id`),
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `spending_reports`(`id`) ON UPDATE no action ON DELETE no action
);
