CREATE TABLE `appointment_settings` (
	`site_id` text PRIMARY KEY NOT NULL,
	`grace_minutes` integer DEFAULT 30 NOT NULL,
	`default_length_minutes` integer DEFAULT 30 NOT NULL,
	`length_minutes` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `appointments` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`service_id` text NOT NULL,
	`officer_id` text NOT NULL,
	`any_officer` integer DEFAULT false NOT NULL,
	`reference` text NOT NULL,
	`starts_at` integer NOT NULL,
	`length_minutes` integer NOT NULL,
	`service_day` text NOT NULL,
	`status` text NOT NULL,
	`visitor_name` text NOT NULL,
	`visitor_contact` text DEFAULT '' NOT NULL,
	`surname_initial` text DEFAULT '' NOT NULL,
	`visit_id` text,
	`from_visit_id` text,
	`rebooked_from_id` text,
	`rebooked_to_id` text,
	`created_at` integer NOT NULL,
	`created_by` text,
	`personal_data_erased_at` integer,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`officer_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `appointments_site_reference` ON `appointments` (`site_id`,`reference`);--> statement-breakpoint
CREATE INDEX `appointments_site_day` ON `appointments` (`site_id`,`service_day`,`starts_at`);--> statement-breakpoint
CREATE INDEX `appointments_site_status` ON `appointments` (`site_id`,`status`,`starts_at`);--> statement-breakpoint
CREATE TABLE `arrival_queries` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`at` integer NOT NULL,
	`initial` text NOT NULL,
	`time` text NOT NULL,
	`candidate_ids` text NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `officers` (
	`staff_id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`service_ids` text NOT NULL,
	`working_hours` text DEFAULT '{"mon":{"open":"00:00","close":"24:00"},"tue":{"open":"00:00","close":"24:00"},"wed":{"open":"00:00","close":"24:00"},"thu":{"open":"00:00","close":"24:00"},"fri":{"open":"00:00","close":"24:00"},"sat":{"open":"00:00","close":"24:00"},"sun":{"open":"00:00","close":"24:00"}}' NOT NULL,
	`away_since` integer,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `prompts` ADD `detail` text;--> statement-breakpoint
ALTER TABLE `visits` ADD `appointment_id` text;