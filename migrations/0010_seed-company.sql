-- The company record every dossier needs (filled in under Paramètres → Société). Seeded
-- here, once, under the migration's write lock, instead of at every open: opening never writes.
INSERT INTO `company` (`id`) VALUES (1) ON CONFLICT DO NOTHING;
