ALTER TABLE `reminder_actions` ADD `tracking_number` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `next_attempt_at` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `server_response` text;