-- CreateTable
CREATE TABLE `accounts` (
    `id` VARCHAR(191) NOT NULL,
    `duration_minutes` INTEGER NOT NULL DEFAULT 0,
    `amount` DECIMAL(65, 30) NULL,
    `due_at` DATETIME(3) NULL,
    `status` ENUM('MONTHLY', 'WEST', 'PRO', 'BASIC', 'done') NOT NULL,
    `locked` BOOLEAN NOT NULL DEFAULT false,
    `published` BOOLEAN NOT NULL DEFAULT false,
    `title` VARCHAR(191) NOT NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Address` (
    `id` VARCHAR(191) NOT NULL,
    `summary` VARCHAR(191) NULL,
    `verified` BOOLEAN NOT NULL,
    `rank` INTEGER NOT NULL,
    `totalViews` BIGINT NOT NULL,
    `description` VARCHAR(191) NOT NULL,
    `label` VARCHAR(191) NOT NULL,
    `payload` JSON NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,
    `accountId` VARCHAR(191) NOT NULL,

    INDEX `Address_accountId_idx`(`accountId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Article` (
    `id` VARCHAR(191) NOT NULL,
    `sequenceNumber` BIGINT NULL,
    `email` VARCHAR(191) NOT NULL,
    `taxRate` DECIMAL(65, 30) NULL,
    `label` VARCHAR(191) NOT NULL,
    `endsAt` DATETIME(3) NOT NULL,
    `price` DECIMAL(65, 30) NULL,
    `rating` INTEGER NOT NULL,
    `totalViews` BIGINT NOT NULL,
    `latitude` DOUBLE NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    UNIQUE INDEX `Article_email_key`(`email`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Asset` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `attributes` JSON NULL,
    `deletedAt` DATETIME(3) NULL,
    `website` VARCHAR(191) NOT NULL,
    `settings` JSON NOT NULL,
    `thumbnail` LONGBLOB NOT NULL,
    `weight` DOUBLE NULL,
    `status` ENUM('MONTHLY', 'WEST', 'PRO', 'BASIC', 'done') NOT NULL DEFAULT 'MONTHLY',
    `amount` DECIMAL(65, 30) NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    INDEX `Asset_createdAt_idx`(`createdAt`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `Address` ADD CONSTRAINT `Address_accountId_fkey` FOREIGN KEY (`accountId`) REFERENCES `accounts`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;


-- AddForeignKey
ALTER TABLE `Address` ADD CONSTRAINT `Address_accountId_fkey` FOREIGN KEY (`accountId`) REFERENCES `accounts`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

