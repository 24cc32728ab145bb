CREATE TABLE `notice_visits` (
	`notice_id` text NOT NULL,
	`visit_id` text NOT NULL,
	PRIMARY KEY(`notice_id`, `visit_id`),
	FOREIGN KEY (`notice_id`) REFERENCES `notices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `notices` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`kind` text NOT NULL,
	`message` text NOT NULL,
	`posted_at` integer NOT NULL,
	`posted_by` text,
	`expires_at` integer,
	`withdrawn_at` integer,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notices_site` ON `notices` (`site_id`,`withdrawn_at`);--> statement-breakpoint
CREATE TABLE `prompts` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`visit_id` text NOT NULL,
	`ticket` text NOT NULL,
	`kind` text NOT NULL,
	`clock` text NOT NULL,
	`audience` text NOT NULL,
	`raised_at` integer NOT NULL,
	`breach_at` integer NOT NULL,
	`forecast_seen_at` integer,
	`status` text NOT NULL,
	`resolved_at` integer,
	`resolved_by` text,
	`outcome` text,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `prompts_site_status` ON `prompts` (`site_id`,`status`);--> statement-breakpoint
CREATE INDEX `prompts_visit` ON `prompts` (`visit_id`);--> statement-breakpoint
CREATE TABLE `rooms` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`name` text NOT NULL,
	`panic_button` integer DEFAULT false NOT NULL,
	`secure` integer DEFAULT false NOT NULL,
	`out_of_service` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `visits` ADD `stage` text DEFAULT 'enquiry' NOT NULL;--> statement-breakpoint
ALTER TABLE `visits` ADD `officer_wait_started_at` integer;--> statement-breakpoint
ALTER TABLE `visits` ADD `officer_seen_at` integer;--> statement-breakpoint
ALTER TABLE `visits` ADD `room_id` text;