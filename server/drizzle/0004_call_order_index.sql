ALTER TABLE `visits` ADD `breach_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `visits_call_order` ON `visits` (`site_id`,`status`,`breach_at`,`arrived_at`);--> statement-breakpoint
UPDATE `visits` SET `breach_at` = CASE
  WHEN `stage` = 'officer' AND `officer_wait_started_at` IS NOT NULL THEN `officer_wait_started_at` + json_extract(`standards`, '$.officerMinutes') * 60000
  WHEN `kind` = 'appointment' THEN `wait_started_at` + json_extract(`standards`, '$.appointmentMinutes') * 60000
  ELSE `wait_started_at` + json_extract(`standards`, '$.walkInMinutes') * 60000
END;
