-- Registration.categoryId had no foreign key: a registration whose category has since been deleted loses the
-- dangling id (its answers still name the category as chosen), so that the constraint can be added.
UPDATE "Registration" r SET "categoryId" = NULL
WHERE r."categoryId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "RegistrationCategory" c WHERE c.id = r."categoryId");

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "RegistrationCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;
