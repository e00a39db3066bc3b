CREATE TABLE `own_problem_versions` (
	`problem_id` text NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`difficulty` text NOT NULL,
	`draft` text NOT NULL,
	`statement` text NOT NULL,
	`signature` text NOT NULL,
	`examples` text NOT NULL,
	`hidden` text NOT NULL,
	`starter` text NOT NULL,
	`reference` text NOT NULL,
	`time_limit_ms` integer NOT NULL,
	`expected_minutes` integer NOT NULL,
	`status` text NOT NULL,
	`status_detail` text,
	`checked_at` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`problem_id`, `version`),
	FOREIGN KEY (`problem_id`) REFERENCES `own_problems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `own_problems` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text,
	`owner_id` text NOT NULL,
	`latest_version` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `own_problems_org` ON `own_problems` (`org_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `own_problems_owner` ON `own_problems` (`owner_id`,`updated_at`);