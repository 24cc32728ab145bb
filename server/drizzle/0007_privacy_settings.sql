CREATE TABLE `privacy_settings` (
	`site_id` text PRIMARY KEY NOT NULL,
	`retention_days` integer NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
