INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2013-H1', 75, 4, 4, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2013-H2', 50, 4, 4, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2014-H1', 25, 4, 4, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2014-H2', 15, 4, 4, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2015-H1', 5, 406, 93, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2015-H2', 5, 429, 99, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2016-H1', 5, 454, 101, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2016-H2', 0, 435, 93, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2017-H1', 0, 416, 90, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2017-H2', 0, 394, 90, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2018-H1', 0, 373, 89, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2018-H2', 0, 360, 88, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2019-H1', 0, 340, 86, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2019-H2', 0, 326, 87, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2020-H1', 0, 315, 87, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2020-H2', 0, 311, 84, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2021-H1', 0, 314, 79, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2021-H2', 0, 312, 76, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2022-H1', 0, 313, 76, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2022-H2', 0, 315, 77, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2023-H1', 250, 447, 206, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2023-H2', 400, 682, 422, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2024-H1', 450, 801, 507, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2024-H2', 425, 816, 492, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2025-H1', 315, 721, 371, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2025-H2', 215, 665, 276, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
--> statement-breakpoint
INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) VALUES ('2026-H1', 215, 667, 262, 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)');
