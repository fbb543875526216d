CREATE TABLE `sign_in_limits` (
	`scope` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`window_started_at` integer NOT NULL,
	`locked_until` integer DEFAULT 0 NOT NULL,
	`locks` integer DEFAULT 0 NOT NULL
);
