ALTER TABLE `org_invite_links` ADD `used_at` integer;--> statement-breakpoint
ALTER TABLE `org_invite_links` ADD `used_by` text;