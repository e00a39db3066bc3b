CREATE TABLE `problem_tests` (
	`slug` text NOT NULL,
	`idx` integer NOT NULL,
	`input` text NOT NULL,
	`expected` text NOT NULL,
	PRIMARY KEY(`slug`, `idx`),
	FOREIGN KEY (`slug`) REFERENCES `problems`(`slug`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `problems` (
	`slug` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`difficulty` text NOT NULL,
	`position` integer NOT NULL,
	`tags` text NOT NULL,
	`statement` text NOT NULL,
	`constraints` text NOT NULL,
	`signature` text NOT NULL,
	`examples` text NOT NULL,
	`starter` text NOT NULL,
	`reference` text NOT NULL,
	`time_limit_ms` integer NOT NULL,
	`hidden_count` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `submissions` (
	`id` text PRIMARY KEY NOT NULL,
	`room_id` text NOT NULL,
	`user_id` text NOT NULL,
	`problem_slug` text NOT NULL,
	`language` text NOT NULL,
	`code` text NOT NULL,
	`verdict` text NOT NULL,
	`passed` integer NOT NULL,
	`total` integer NOT NULL,
	`time_ms` integer NOT NULL,
	`memory_kb` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `submissions_room` ON `submissions` (`room_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `submissions_problem` ON `submissions` (`problem_slug`);