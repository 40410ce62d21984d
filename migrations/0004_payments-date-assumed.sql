DROP INDEX `payments_date`;--> statement-breakpoint
ALTER TABLE `payments` ADD `date_assumed` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `payments_date` ON `payments` (`date`,`date_assumed`);