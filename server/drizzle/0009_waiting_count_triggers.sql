-- Keeps waiting_counts equal to COUNT(*) of waiting visits per (site, service), inside the
-- same transaction as the change, whichever code path writes the visit.
INSERT INTO `waiting_counts` (`site_id`, `service_id`, `waiting`)
SELECT `site_id`, `service_id`, COUNT(*) FROM `visits` WHERE `status` = 'waiting' GROUP BY `site_id`, `service_id`;
--> statement-breakpoint
CREATE TRIGGER `visits_waiting_insert` AFTER INSERT ON `visits` WHEN NEW.`status` = 'waiting'
BEGIN
  INSERT INTO `waiting_counts` (`site_id`, `service_id`, `waiting`) VALUES (NEW.`site_id`, NEW.`service_id`, 1)
  ON CONFLICT (`site_id`, `service_id`) DO UPDATE SET `waiting` = `waiting` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `visits_waiting_delete` AFTER DELETE ON `visits` WHEN OLD.`status` = 'waiting'
BEGIN
  UPDATE `waiting_counts` SET `waiting` = `waiting` - 1 WHERE `site_id` = OLD.`site_id` AND `service_id` = OLD.`service_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `visits_waiting_update` AFTER UPDATE OF `status`, `service_id`, `site_id` ON `visits`
WHEN OLD.`status` = 'waiting' OR NEW.`status` = 'waiting'
BEGIN
  UPDATE `waiting_counts` SET `waiting` = `waiting` - 1
  WHERE OLD.`status` = 'waiting' AND `site_id` = OLD.`site_id` AND `service_id` = OLD.`service_id`;
  INSERT INTO `waiting_counts` (`site_id`, `service_id`, `waiting`) SELECT NEW.`site_id`, NEW.`service_id`, 1 WHERE NEW.`status` = 'waiting'
  ON CONFLICT (`site_id`, `service_id`) DO UPDATE SET `waiting` = `waiting` + 1;
END;
