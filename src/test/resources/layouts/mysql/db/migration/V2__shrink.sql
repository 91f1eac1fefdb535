ALTER TABLE `orders` MODIFY COLUMN `status` varchar(16) NOT NULL DEFAULT 'new';
ALTER TABLE `orders` CHANGE `note` `remarks` text;
