CREATE TABLE `fund_receipts` (
	`document_id` integer NOT NULL,
	`region_id` integer NOT NULL,
	`received_on` text NOT NULL,
	`recorded_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`document_id`, `region_id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `fund_year_regions` (
	`program_id` integer NOT NULL,
	`region_id` integer NOT NULL,
	`year` integer NOT NULL,
	`received` integer,
	`passed_down` integer NOT NULL,
	`kept` integer NOT NULL,
	`counted` integer NOT NULL,
	`has_own_notice` integer NOT NULL,
	PRIMARY KEY(`program_id`, `region_id`),
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
DROP INDEX `allocations_revision_region_uq`;--> statement-breakpoint
ALTER TABLE `allocations` ADD `is_own_use` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `allocations_revision_region_uq` ON `allocations` (`revision_id`,`region_id`,`is_own_use`);--> statement-breakpoint
ALTER TABLE `documents` ADD `is_sample` integer DEFAULT false NOT NULL;