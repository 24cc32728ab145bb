CREATE TABLE `report_days` (
	`site_id` text NOT NULL,
	`service_day` text NOT NULL,
	`version` integer NOT NULL,
	`part` text NOT NULL,
	`computed_at` integer NOT NULL,
	PRIMARY KEY(`site_id`, `service_day`)
);
--> statement-breakpoint
CREATE TABLE `sampling_periods` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`start_day` text NOT NULL,
	`end_day` text NOT NULL,
	`site_ids` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE INDEX `sampling_periods_start` ON `sampling_periods` (`start_day`);