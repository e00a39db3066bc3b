CREATE TABLE `problem_picks` (
	`user_id` text NOT NULL,
	`slug` text NOT NULL,
	`picked_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `slug`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `problem_picks_user_at` ON `problem_picks` (`user_id`,`picked_at`);