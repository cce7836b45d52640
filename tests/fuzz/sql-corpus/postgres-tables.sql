-- AlterEnum
BEGIN;
CREATE TYPE "Role_new" AS ENUM ('GAMMA');
ALTER TABLE "Category" ALTER COLUMN "slug" DROP DEFAULT;
ALTER TABLE "tbl_session" ALTER COLUMN "code" TYPE "Role_new" USING ("code"::text::"Role_new");
ALTER TABLE "Category" ALTER COLUMN "slug" TYPE "Role_new" USING ("slug"::text::"Role_new");
ALTER TABLE "Order" ALTER COLUMN "f5" TYPE "Role_new" USING ("f5"::text::"Role_new");
ALTER TABLE "Order" ALTER COLUMN "f6" TYPE "Role_new" USING ("f6"::text::"Role_new");
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
ALTER TABLE "Category" ALTER COLUMN "slug" SET DEFAULT 'GAMMA';
COMMIT;

-- DropForeignKey
ALTER TABLE "Category" DROP CONSTRAINT "Category_orderId8_fkey";

-- AlterTable
ALTER TABLE "tbl_session" DROP COLUMN "f1";

-- AlterTable
ALTER TABLE "Category" ALTER COLUMN "slug" SET DEFAULT 'GAMMA',
ALTER COLUMN "orderId8" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_orderId8_fkey" FOREIGN KEY ("orderId8") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;
