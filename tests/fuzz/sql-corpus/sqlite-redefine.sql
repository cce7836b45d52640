-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "active" REAL NOT NULL DEFAULT 3.0,
    "data" BLOB NOT NULL,
    "col_count" TEXT NOT NULL,
    "orderId5" TEXT NOT NULL,
    CONSTRAINT "Post_orderId5_fkey" FOREIGN KEY ("orderId5") REFERENCES "tbl_order" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Post" ("active", "col_count", "data", "id", "orderId5") SELECT "active", "col_count", "data", "id", "orderId5" FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
