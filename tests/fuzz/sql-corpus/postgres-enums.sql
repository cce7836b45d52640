-- CreateEnum
CREATE TYPE "Level" AS ENUM ('ALPHA', 'OMEGA');

-- AlterTable
ALTER TABLE "Profile" DROP COLUMN "status";
