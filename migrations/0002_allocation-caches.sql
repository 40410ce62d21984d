CREATE TABLE `import_undo_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`table_name` text NOT NULL,
	`row_id` integer NOT NULL,
	`before` text,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_undo_log_batch` ON `import_undo_log` (`batch_id`);--> statement-breakpoint
ALTER TABLE `clients` ADD `import_batch_id` integer REFERENCES import_batches(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `invoices` ADD `settled_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `invoices_open_by_client` ON `invoices` (`client_id`,`due_date`,`amount_cents`,`settled_cents`) WHERE kind = 'invoice' AND settled_cents < amount_cents;--> statement-breakpoint
CREATE INDEX `invoices_open_by_due_date` ON `invoices` (`due_date`) WHERE kind = 'invoice' AND settled_cents < amount_cents;--> statement-breakpoint
CREATE INDEX `credit_notes_unused_by_client` ON `invoices` (`client_id`) WHERE kind = 'credit_note' AND settled_cents < amount_cents;--> statement-breakpoint
ALTER TABLE `payments` ADD `allocated_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `payments` ADD `source_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `payments_source_key_unique` ON `payments` (`source_key`);--> statement-breakpoint
CREATE INDEX `payments_unallocated_by_client` ON `payments` (`client_id`) WHERE allocated_cents < amount_cents;--> statement-breakpoint
-- Written by hand after the generated part: drizzle-kit does not manage triggers.
-- Backfill the caches from the allocations already in the dossier.
UPDATE `invoices` SET `settled_cents` = coalesce((SELECT sum(a.amount_cents) FROM allocations a WHERE a.invoice_id = invoices.id), 0)
  + coalesce((SELECT sum(a.amount_cents) FROM allocations a WHERE a.credit_note_id = invoices.id), 0);--> statement-breakpoint
UPDATE `payments` SET `allocated_cents` = coalesce((SELECT sum(a.amount_cents) FROM allocations a WHERE a.payment_id = payments.id), 0);--> statement-breakpoint
-- From here on only these triggers write the caches. An allocation counts on its invoice
-- and on its source (the payment, or the credit note which is itself an invoices row).
CREATE TRIGGER `allocations_cache_insert` AFTER INSERT ON `allocations` BEGIN
  UPDATE invoices SET settled_cents = settled_cents + NEW.amount_cents WHERE id IN (NEW.invoice_id, NEW.credit_note_id);
  UPDATE payments SET allocated_cents = allocated_cents + NEW.amount_cents WHERE id = NEW.payment_id;
END;--> statement-breakpoint
CREATE TRIGGER `allocations_cache_delete` AFTER DELETE ON `allocations` BEGIN
  UPDATE invoices SET settled_cents = settled_cents - OLD.amount_cents WHERE id IN (OLD.invoice_id, OLD.credit_note_id);
  UPDATE payments SET allocated_cents = allocated_cents - OLD.amount_cents WHERE id = OLD.payment_id;
END;--> statement-breakpoint
CREATE TRIGGER `allocations_cache_update` AFTER UPDATE OF invoice_id, payment_id, credit_note_id, amount_cents ON `allocations` BEGIN
  UPDATE invoices SET settled_cents = settled_cents - OLD.amount_cents WHERE id IN (OLD.invoice_id, OLD.credit_note_id);
  UPDATE payments SET allocated_cents = allocated_cents - OLD.amount_cents WHERE id = OLD.payment_id;
  UPDATE invoices SET settled_cents = settled_cents + NEW.amount_cents WHERE id IN (NEW.invoice_id, NEW.credit_note_id);
  UPDATE payments SET allocated_cents = allocated_cents + NEW.amount_cents WHERE id = NEW.payment_id;
END;--> statement-breakpoint
-- The database refuses what the application already refuses: settling more than a
-- document's amount, or lowering an amount below what is already settled.
CREATE TRIGGER `invoices_not_over_settled` BEFORE UPDATE OF settled_cents, amount_cents ON `invoices`
  WHEN NEW.settled_cents > NEW.amount_cents OR NEW.settled_cents < 0 BEGIN
  SELECT RAISE(ABORT, 'invoices: settled_cents outside 0..amount_cents');
END;--> statement-breakpoint
CREATE TRIGGER `payments_not_over_allocated` BEFORE UPDATE OF allocated_cents, amount_cents ON `payments`
  WHEN NEW.allocated_cents > NEW.amount_cents OR NEW.allocated_cents < 0 BEGIN
  SELECT RAISE(ABORT, 'payments: allocated_cents outside 0..amount_cents');
END;
