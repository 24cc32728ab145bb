CREATE TABLE `waiting_counts` (
	`site_id` text NOT NULL,
	`service_id` text NOT NULL,
	`waiting` integer NOT NULL,
	PRIMARY KEY(`site_id`, `service_id`)
);
