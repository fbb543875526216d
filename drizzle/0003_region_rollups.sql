CREATE TABLE `allocation_region_totals` (
	`year` integer NOT NULL,
	`region_id` integer NOT NULL,
	`allocated` integer NOT NULL,
	`allocations` integer NOT NULL,
	PRIMARY KEY(`year`, `region_id`),
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `spending_region_totals` (
	`year` integer NOT NULL,
	`month` integer NOT NULL,
	`region_id` integer NOT NULL,
	`spent` integer NOT NULL,
	`lines` integer NOT NULL,
	PRIMARY KEY(`year`, `month`, `region_id`),
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Filled from the tables they sum, so an existing database starts consistent.
INSERT INTO `allocation_region_totals` (`year`, `region_id`, `allocated`, `allocations`)
SELECT r.`year`, a.`region_id`, sum(a.`annual_total`), count(*)
FROM `allocations` a
JOIN `documents` d ON d.`current_revision_id` = a.`revision_id`
JOIN `document_revisions` r ON r.`id` = a.`revision_id`
WHERE a.`is_subtotal` = 0
GROUP BY r.`year`, a.`region_id`;
--> statement-breakpoint
INSERT INTO `spending_region_totals` (`year`, `month`, `region_id`, `spent`, `lines`)
SELECT c.`year`, c.`month`, c.`region_id`, sum(c.`spent`), count(*)
FROM `spending_current` c
JOIN `documents` d ON d.`id` = c.`document_id`
JOIN `document_revisions` r ON r.`id` = d.`current_revision_id` AND r.`year` = c.`year`
GROUP BY c.`year`, c.`month`, c.`region_id`;
