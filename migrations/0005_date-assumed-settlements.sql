-- Amounts an open-items export said were already settled used to be written as transfers
-- dated the day of the import: cash of that month, and interest claimed on them up to it.
-- They become what they are: settlements of unknown date and means (`date_assumed`,
-- method « inconnu »), dated on their invoice's due date, or on the date first written
-- (the export's) when that came first, never before the invoice was issued.
UPDATE `payments` SET
  `date_assumed` = 1,
  `method` = 'inconnu',
  `reference` = replace(`reference`, 'Déjà réglé à l’import', 'Réglé avant l’import'),
  `date` = coalesce((
    SELECT max(i.issue_date, min(i.due_date, payments.date))
    FROM allocations a JOIN invoices i ON i.id = a.invoice_id
    WHERE a.payment_id = payments.id
  ), `date`)
WHERE `source_key` LIKE 'settled:%';
