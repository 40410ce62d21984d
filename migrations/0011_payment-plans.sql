PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_payment_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`proposed_on` text NOT NULL,
	`accepted_on` text,
	`status` text DEFAULT 'proposed' NOT NULL,
	`penalties` text DEFAULT 'freeze' NOT NULL,
	`total_cents` integer NOT NULL,
	`principal_cents` integer DEFAULT 0 NOT NULL,
	`interest_cents` integer DEFAULT 0 NOT NULL,
	`indemnity_cents` integer DEFAULT 0 NOT NULL,
	`frozen_claim_cents` integer DEFAULT 0 NOT NULL,
	`down_payment_cents` integer DEFAULT 0 NOT NULL,
	`frequency` text DEFAULT 'month' NOT NULL,
	`day_of_month` integer,
	`replaces_plan_id` integer,
	`cancel_reason` text,
	`cancelled_on` text,
	`broken_on` text,
	`completed_on` text,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`replaces_plan_id`) REFERENCES `payment_plans`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "payment_plans_total_positive" CHECK("__new_payment_plans"."total_cents" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_payment_plans`("id", "client_id", "proposed_on", "accepted_on", "status", "total_cents", "principal_cents", "note", "created_at", "updated_at") SELECT "id", "client_id", "agreed_on", "agreed_on", "status", "total_cents", "total_cents", "note", "created_at", "updated_at" FROM `payment_plans`;--> statement-breakpoint
DROP TABLE `payment_plans`;--> statement-breakpoint
ALTER TABLE `__new_payment_plans` RENAME TO `payment_plans`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `payment_plans_client` ON `payment_plans` (`client_id`);--> statement-breakpoint
ALTER TABLE `reminder_actions` ADD `instalment_id` integer REFERENCES instalments(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `reminder_actions_instalment` ON `reminder_actions` (`instalment_id`);--> statement-breakpoint
ALTER TABLE `instalments` ADD `edited` integer DEFAULT false NOT NULL;