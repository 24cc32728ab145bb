CREATE TABLE `desk_sessions` (
	`staff_id` text PRIMARY KEY NOT NULL,
	`desk_id` text NOT NULL,
	`site_id` text NOT NULL,
	`service_ids` text NOT NULL,
	`since` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`desk_id`) REFERENCES `desks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `desk_sessions_desk_id_unique` ON `desk_sessions` (`desk_id`);--> statement-breakpoint
CREATE TABLE `desks` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `devices` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `devices_token_hash_unique` ON `devices` (`token_hash`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`site_id` text NOT NULL,
	`visit_id` text,
	`type` text NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`payload` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_site_at` ON `events` (`site_id`,`at`);--> statement-breakpoint
CREATE INDEX `events_visit` ON `events` (`visit_id`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`name` text NOT NULL,
	`prefix` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`staff_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sites` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`time_zone` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`recalls_before_no_show` integer DEFAULT 2 NOT NULL,
	`standards_version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `staff` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`name` text NOT NULL,
	`username` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_username_unique` ON `staff` (`username`);--> statement-breakpoint
CREATE TABLE `standards_profiles` (
	`site_id` text NOT NULL,
	`version` integer NOT NULL,
	`walk_in_minutes` integer NOT NULL,
	`officer_minutes` integer NOT NULL,
	`appointment_minutes` integer NOT NULL,
	`prompt_lead_minutes` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`site_id`, `version`),
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `ticket_counters` (
	`site_id` text NOT NULL,
	`service_day` text NOT NULL,
	`prefix` text NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`site_id`, `service_day`, `prefix`)
);
--> statement-breakpoint
CREATE TABLE `visits` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`service_id` text NOT NULL,
	`kind` text NOT NULL,
	`ticket` text NOT NULL,
	`service_day` text NOT NULL,
	`status` text NOT NULL,
	`arrived_at` integer NOT NULL,
	`wait_started_at` integer NOT NULL,
	`seen_at` integer,
	`called_at` integer,
	`serving_at` integer,
	`ended_at` integer,
	`desk_id` text,
	`staff_id` text,
	`recall_count` integer DEFAULT 0 NOT NULL,
	`transfer_count` integer DEFAULT 0 NOT NULL,
	`outcome` text,
	`language` text NOT NULL,
	`needs` text NOT NULL,
	`standards` text NOT NULL,
	`request_id` text,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `visits_request_id_unique` ON `visits` (`request_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `visits_site_day_ticket` ON `visits` (`site_id`,`service_day`,`ticket`);--> statement-breakpoint
CREATE INDEX `visits_site_status` ON `visits` (`site_id`,`status`);--> statement-breakpoint
CREATE INDEX `visits_site_day` ON `visits` (`site_id`,`service_day`);