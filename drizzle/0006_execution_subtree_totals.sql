CREATE TABLE `execution_subtree_totals` (
	`year` integer NOT NULL,
	`month` integer NOT NULL,
	`region_id` integer NOT NULL,
	`allocated` integer NOT NULL,
	`expected` integer NOT NULL,
	`spent` integer NOT NULL,
	`reported` integer NOT NULL,
	`reported_allocated` integer NOT NULL,
	PRIMARY KEY(`year`, `month`, `region_id`),
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
