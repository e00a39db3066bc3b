ALTER TABLE `invites` ADD `single_use` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `invites` ADD `used_by` text;--> statement-breakpoint
ALTER TABLE `invites` ADD `used_at` integer;