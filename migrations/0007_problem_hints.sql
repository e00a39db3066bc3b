ALTER TABLE `problems` ADD `expected_minutes` integer DEFAULT 25 NOT NULL;--> statement-breakpoint
ALTER TABLE `problems` ADD `hints` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `problems` ADD `follow_ups` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `problems` ADD `strong_answer` text;