// SPDX-License-Identifier: GPL-3.0-or-later
// Rules of checkRelations() and checkRelationsPipeline(): `@relation` arguments, how relation fields pair up,
// back-relation fields, fields/references, 1:1, 1:n and m:n rules, referential actions per database and relation
// mode, cascade cycles.
// Each case is a small schema and every diagnostic Prisma 7.10.1 reports for it (checked with ../shared/oracle):
// "line:column<TAB>message" (the message's first line), "W " before a warning. An empty list: Prisma accepts it.
// Strata must report the same errors at the same places, and no other error.
#include "validationtestsupport.h"

#include <QTest>

#include <algorithm>

using namespace strata;

class TestValidateRelations : public QObject {
    Q_OBJECT
private slots:
    void cases_data();
    void cases();
};

void TestValidateRelations::cases_data()
{
    tests::addExpectedDiagnosticsColumns();

    QTest::newRow("one to many is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id], onDelete: Cascade)
}
)prisma")
        << QStringList();
    QTest::newRow("missing back relation")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id Int @id
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("10:3\tError validating field `author` in model `Post`: The relation field `author` on model `Post` is missing an opposite relation field on the model `User`. Either run `prisma format` or add it manually.")};
    QTest::newRow("missing forward relation")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id Int @id
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError validating field `posts` in model `User`: The relation field `posts` on model `User` is missing an opposite relation field on the model `Post`. Either run `prisma format` or add it manually.")};
    QTest::newRow("relation names differ")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[] @relation("Authored")
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation("Written", fields: [authorId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError validating field `posts` in model `User`: The relation field `posts` on model `User` is missing an opposite relation field on the model `Post`. Either run `prisma format` or add it manually."),
                       QStringLiteral("11:3\tError validating field `author` in model `Post`: The relation field `author` on model `Post` is missing an opposite relation field on the model `User`. Either run `prisma format` or add it manually.")};
    QTest::newRow("ambiguous relation")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id       Int    @id
  written  Post[]
  reviewed Post[]
}
model Post {
  id         Int  @id
  authorId   Int
  reviewerId Int
  author     User @relation(fields: [authorId], references: [id])
  reviewer   User @relation(fields: [reviewerId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError validating model \"User\": Ambiguous relation detected. The fields `written` and `reviewed` in model `User` both refer to `Post`. Please provide different relation names for them by adding `@relation(<name>).")};
    QTest::newRow("named relations are not ambiguous")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id       Int    @id
  written  Post[] @relation("Author")
  reviewed Post[] @relation("Reviewer")
}
model Post {
  id         Int  @id
  authorId   Int
  reviewerId Int
  author     User @relation("Author", fields: [authorId], references: [id])
  reviewer   User @relation("Reviewer", fields: [reviewerId], references: [id])
}
)prisma")
        << QStringList();
    QTest::newRow("same name on two relations")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id Int    @id
  a  Post[] @relation("X")
  b  Post[] @relation("X")
}
model Post {
  id  Int  @id
  uid Int
  u   User @relation("X", fields: [uid], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError validating model \"User\": Wrongly named relation detected. The fields `a` and `b` in model `User` both use the same relation name. Please provide different relation names for them through `@relation(<name>).")};
    QTest::newRow("ambiguous self relation")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id       Int    @id
  mentorId Int?
  mentor   User?  @relation(fields: [mentorId], references: [id])
  mentees  User[]
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError validating model \"User\": Ambiguous self relation detected. The fields `mentor` and `mentees` in model `User` both refer to `User`. If they are part of the same relation add the same relation name for them with `@relation(<name>)`.")};
    QTest::newRow("unnamed self relations")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id         Int    @id
  mentorId   Int?
  mentor     User?  @relation(fields: [mentorId], references: [id])
  mentees    User[]
  reviewerId Int?
  reviewer   User?  @relation(fields: [reviewerId], references: [id])
  reviewees  User[]
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError validating model \"User\": Unnamed self relation detected. The fields `mentor`, `mentees`, `reviewer` and `reviewees` in model `User` have no relation name. Please provide a relation name for one of them by adding `@relation(<name>).")};
    QTest::newRow("three fields with one self relation name")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id       Int    @id
  mentorId Int?
  mentor   User?  @relation("M", fields: [mentorId], references: [id])
  mentees  User[] @relation("M")
  others   User[] @relation("M")
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError validating model \"User\": Wrongly named self relation detected. The fields `mentor`, `mentees` and `others` in model `User` have the same relation name. At most two relation fields can belong to the same relation and therefore have the same name. Please assign a different relation name to one of them.")};
    QTest::newRow("named self relation is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id       Int    @id
  mentorId Int?
  mentor   User?  @relation("M", fields: [mentorId], references: [id])
  mentees  User[] @relation("M")
}
)prisma")
        << QStringList();
    QTest::newRow("fields without references")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId])
}
)prisma")
        << QStringList{QStringLiteral("11:3\tError parsing attribute \"@relation\": The relation field `author` on Model `Post` must specify the `references` argument in the @relation attribute.")};
    QTest::newRow("neither fields nor references")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id     Int  @id
  author User
}
)prisma")
        << QStringList{QStringLiteral("10:3\tError parsing attribute \"@relation\": The relation field `author` on Model `Post` must specify the `fields` argument in the @relation attribute. You can run `prisma format` to fix this automatically."),
                       QStringLiteral("10:3\tError parsing attribute \"@relation\": The relation field `author` on Model `Post` must specify the `references` argument in the @relation attribute.")};
    QTest::newRow("fields and references count mismatch")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  email String @unique
  posts Post[]
}
model Post {
  id          Int    @id
  authorId    Int
  authorEmail String
  author      User   @relation(fields: [authorId, authorEmail], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("13:22\tError validating: You must specify the same number of fields in `fields` and `references`.")};
    QTest::newRow("unknown field in fields")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id     Int  @id
  author User @relation(fields: [authorId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("10:33\tError validating: The argument fields must refer only to existing fields. The following fields do not exist in this model: authorId")};
    QTest::newRow("relation field in fields")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id     Int  @id
  author User @relation(fields: [author], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("10:33\tError validating: The argument fields must refer only to scalar fields. But it is referencing the following relation fields: author")};
    QTest::newRow("unknown field in references")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [uid])
}
)prisma")
        << QStringList{QStringLiteral("11:17\tError validating: The argument `references` must refer only to existing fields in the related model `User`. The following fields do not exist in the related model: uid")};
    QTest::newRow("relation field in references")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [posts])
}
)prisma")
        << QStringList{QStringLiteral("11:17\tError validating: The argument `references` must refer only to scalar fields in the related model `User`. But it is referencing the following relation fields: posts")};
    QTest::newRow("field listed twice in fields")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int
  a     Int
  posts Post[]
  @@id([id, a])
}
model Post {
  id  Int  @id
  uid Int
  u   User @relation(fields: [uid, uid], references: [id, a])
}
)prisma")
        << QStringList{QStringLiteral("13:12\tError validating model \"Post\": The unique index definition refers to the field uid multiple times.")};
    QTest::newRow("fields given as strings")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: ["authorId"], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("11:36\tExpected a constant value, but received string value `\"authorId\"`.")};
    QTest::newRow("empty relation name")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[] @relation("")
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("6:16\tError parsing attribute \"@relation\": A relation cannot have an empty name.")};
    QTest::newRow("invalid referential action")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id], onDelete: Delete)
}
)prisma")
        << QStringList{QStringLiteral("11:75\tError parsing attribute \"@relation\": Invalid referential action: `Delete`")};
    QTest::newRow("references a non unique field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  email String
  posts Post[]
}
model Post {
  id          Int    @id
  authorEmail String
  author      User   @relation(fields: [authorEmail], references: [email])
}
)prisma")
        << QStringList{QStringLiteral("12:3\tError parsing attribute \"@relation\": The argument `references` must refer to a unique criterion in the related model. Consider adding an `@unique` attribute to the field `email` in the model `User`.")};
    QTest::newRow("references non unique fields")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  a     Int
  b     Int
  posts Post[]
}
model Post {
  id Int  @id
  a  Int
  b  Int
  u  User @relation(fields: [a, b], references: [a, b])
}
)prisma")
        << QStringList{QStringLiteral("14:3\tError parsing attribute \"@relation\": The argument `references` must refer to a unique criterion in the related model. Consider adding an `@@unique([a, b])` attribute to the model `User`.")};
    QTest::newRow("references in another order on sqlserver")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlserver"
}
model User {
  a     Int
  b     Int
  posts Post[]
  @@id([a, b])
}
model Post {
  id Int  @id
  a  Int
  b  Int
  u  User @relation(fields: [b, a], references: [b, a], onDelete: NoAction, onUpdate: NoAction)
}
)prisma")
        << QStringList{QStringLiteral("14:3\tError validating: The argument `references` must refer to a unique criterion in the related model `User` using the same order of fields. Please check the ordering in the following fields: `b, a`.")};
    QTest::newRow("references in another order on postgres is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  a     Int
  b     Int
  posts Post[]
  @@id([a, b])
}
model Post {
  id Int  @id
  a  Int
  b  Int
  u  User @relation(fields: [b, a], references: [b, a])
}
)prisma")
        << QStringList();
    QTest::newRow("field types differ")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int    @id
  authorId String
  author   User   @relation(fields: [authorId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("11:3\tError parsing attribute \"@relation\": The type of the field `authorId` in the model `Post` is not matching the type of the referenced field `id` in model `User`.")};
    QTest::newRow("enum field types differ")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
enum A {
  X
}
enum B {
  X
}
model User {
  id    A    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId B
  author   User @relation(fields: [authorId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("17:3\tError parsing attribute \"@relation\": The type of the field `authorId` in the model `Post` is not matching the type of the referenced field `id` in model `User`.")};
    QTest::newRow("required relation over optional field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int?
  author   User @relation(fields: [authorId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("11:3\tError validating: The relation field `author` uses the scalar fields authorId. At least one of those fields is optional. Hence the relation field must be optional as well.")};
    QTest::newRow("fields on the list side")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[] @relation(fields: [id], references: [authorId])
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError parsing attribute \"@relation\": The relation field `posts` on Model `User` must not specify the `fields` or `references` argument in the @relation attribute. You must only specify it on the opposite field `author` on model `Post`.")};
    QTest::newRow("referential action on the list side")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[] @relation(onDelete: Cascade)
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError parsing attribute \"@relation\": The relation field `posts` on Model `User` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `author` on model `Post`, or in case of a many to many relation, in an explicit join table.")};
    QTest::newRow("one to one is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id      Int      @id
  profile Profile?
}
model Profile {
  id     Int  @id
  userId Int  @unique
  user   User @relation(fields: [userId], references: [id])
}
)prisma")
        << QStringList();
    QTest::newRow("one to one without unique fields")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id      Int      @id
  profile Profile?
}
model Profile {
  id     Int  @id
  userId Int
  user   User @relation(fields: [userId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("11:3\tError parsing attribute \"@relation\": A one-to-one relation must use unique fields on the defining side. Either add an `@unique` attribute to the field `userId`, or change the relation to one-to-many.")};
    QTest::newRow("one to one without unique compound fields")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  a       Int
  b       Int
  profile Profile?
  @@id([a, b])
}
model Profile {
  id   Int  @id
  ua   Int
  ub   Int
  user User @relation(fields: [ua, ub], references: [a, b])
}
)prisma")
        << QStringList{QStringLiteral("14:3\tError parsing attribute \"@relation\": A one-to-one relation must use unique fields on the defining side. Either add an `@@unique([ua, ub])` attribute to the model, or change the relation to one-to-many.")};
    QTest::newRow("one to one without fields")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id      Int      @id
  profile Profile?
}
model Profile {
  id   Int  @id
  user User
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError parsing attribute \"@relation\": The relation fields `profile` on Model `User` and `user` on Model `Profile` do not provide the `fields` argument in the @relation attribute. You have to provide it on one of the two fields."),
                       QStringLiteral("6:3\tError parsing attribute \"@relation\": The relation fields `profile` on Model `User` and `user` on Model `Profile` do not provide the `references` argument in the @relation attribute. You have to provide it on one of the two fields."),
                       QStringLiteral("10:3\tError parsing attribute \"@relation\": The relation fields `user` on Model `Profile` and `profile` on Model `User` do not provide the `fields` argument in the @relation attribute. You have to provide it on one of the two fields."),
                       QStringLiteral("10:3\tError parsing attribute \"@relation\": The relation fields `user` on Model `Profile` and `profile` on Model `User` do not provide the `references` argument in the @relation attribute. You have to provide it on one of the two fields.")};
    QTest::newRow("one to one with fields on both sides")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id        Int      @id
  profileId Int?     @unique
  profile   Profile? @relation(fields: [profileId], references: [id])
}
model Profile {
  id     Int   @id
  userId Int?  @unique
  user   User? @relation(fields: [userId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@relation\": The relation fields `profile` on Model `User` and `user` on Model `Profile` both provide the `fields` argument in the @relation attribute. You have to provide it only on one of the two fields."),
                       QStringLiteral("7:3\tError parsing attribute \"@relation\": The relation fields `profile` on Model `User` and `user` on Model `Profile` both provide the `references` argument in the @relation attribute. You have to provide it only on one of the two fields."),
                       QStringLiteral("7:3\tError parsing attribute \"@relation\": The relation fields `user` on Model `Profile` and `profile` on Model `User` both provide the `fields` argument in the @relation attribute. You have to provide it only on one of the two fields."),
                       QStringLiteral("7:3\tError parsing attribute \"@relation\": The relation fields `user` on Model `Profile` and `profile` on Model `User` both provide the `references` argument in the @relation attribute. You have to provide it only on one of the two fields."),
                       QStringLiteral("12:3\tError parsing attribute \"@relation\": The relation fields `profile` on Model `User` and `user` on Model `Profile` both provide the `fields` argument in the @relation attribute. You have to provide it only on one of the two fields."),
                       QStringLiteral("12:3\tError parsing attribute \"@relation\": The relation fields `profile` on Model `User` and `user` on Model `Profile` both provide the `references` argument in the @relation attribute. You have to provide it only on one of the two fields."),
                       QStringLiteral("12:3\tError parsing attribute \"@relation\": The relation fields `user` on Model `Profile` and `profile` on Model `User` both provide the `fields` argument in the @relation attribute. You have to provide it only on one of the two fields."),
                       QStringLiteral("12:3\tError parsing attribute \"@relation\": The relation fields `user` on Model `Profile` and `profile` on Model `User` both provide the `references` argument in the @relation attribute. You have to provide it only on one of the two fields.")};
    QTest::newRow("one to one required back relation")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id      Int     @id
  profile Profile
}
model Profile {
  id     Int  @id
  userId Int  @unique
  user   User @relation(fields: [userId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError parsing attribute \"@relation\": The relation field `profile` on Model `User` is required. This is not valid because it's not possible to enforce this constraint on the database level. Please change the field type from `Profile` to `Profile?` to fix this.")};
    QTest::newRow("one to one fields on the optional side")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id        Int      @id
  profileId Int?     @unique
  profile   Profile? @relation(fields: [profileId], references: [id])
}
model Profile {
  id   Int  @id
  user User
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@relation\": The relation field `User.profile` defines the `fields` and/or `references` argument. You must set them on the required side of the relation (`Profile.user`) in order for the constraints to be enforced. Alternatively, you can change this field to be required and the opposite optional, or make both sides of the relation optional.")};
    QTest::newRow("one to one fields and references split")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id        Int      @id
  profileId Int?     @unique
  profile   Profile? @relation(fields: [profileId])
}
model Profile {
  id   Int   @id
  user User? @relation(references: [id])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@relation\": The relation field `profile` on Model `User` provides the `fields` argument in the @relation attribute. And the related field `user` on Model `Profile` provides the `references` argument. You must provide both arguments on the same side."),
                       QStringLiteral("11:3\tError parsing attribute \"@relation\": The relation field `profile` on Model `User` provides the `fields` argument in the @relation attribute. And the related field `user` on Model `Profile` provides the `references` argument. You must provide both arguments on the same side.")};
    QTest::newRow("one to one actions on the back side")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id      Int      @id
  profile Profile? @relation(onDelete: Cascade)
}
model Profile {
  id     Int  @id
  userId Int  @unique
  user   User @relation(fields: [userId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError parsing attribute \"@relation\": The relation field `profile` on Model `User` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `user` on model `Profile`.")};
    QTest::newRow("one to one actions on both sides")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id      Int      @id
  profile Profile? @relation(onDelete: Cascade)
}
model Profile {
  id     Int  @id
  userId Int  @unique
  user   User @relation(fields: [userId], references: [id], onUpdate: Cascade)
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError parsing attribute \"@relation\": The relation fields `profile` on Model `User` and `user` on Model `Profile` both provide the `onDelete` or `onUpdate` argument in the @relation attribute. You have to provide it only on one of the two fields."),
                       QStringLiteral("11:3\tError parsing attribute \"@relation\": The relation fields `user` on Model `Profile` and `profile` on Model `User` both provide the `onDelete` or `onUpdate` argument in the @relation attribute. You have to provide it only on one of the two fields.")};
    QTest::newRow("implicit many to many is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Post {
  id   Int   @id
  tags Tag[]
}
model Tag {
  id    Int    @id
  posts Post[]
}
)prisma")
        << QStringList();
    QTest::newRow("many to many without id")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Post {
  id   Int   @unique
  tags Tag[]
}
model Tag {
  id    Int    @id
  posts Post[]
}
)prisma")
        << QStringList{QStringLiteral("10:3\tError validating field `posts` in model `Tag`: The relation field `posts` on model `Tag` references `Post` which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.")};
    QTest::newRow("many to many with compound id")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Post {
  a    Int
  b    Int
  tags Tag[]
  @@id([a, b])
}
model Tag {
  id    Int    @id
  posts Post[]
}
)prisma")
        << QStringList{QStringLiteral("12:3\tError validating field `posts` in model `Tag`: The relation field `posts` on model `Tag` references `Post` which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.")};
    QTest::newRow("many to many with referential actions")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Post {
  id   Int   @id
  tags Tag[] @relation(onDelete: Cascade)
}
model Tag {
  id    Int    @id
  posts Post[]
}
)prisma")
        << QStringList{QStringLiteral("6:34\tError validating: Referential actions on implicit many-to-many relations are not supported")};
    QTest::newRow("many to many with references")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Post {
  id   Int   @id
  tags Tag[] @relation(references: [id])
}
model Tag {
  id    Int    @id
  posts Post[]
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError parsing attribute \"@relation\": Implicit many-to-many relation should not have references argument defined. Either remove it, or change the relation to one-to-many.")};
    QTest::newRow("many to many referencing a unique field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Post {
  id   Int   @id
  tags Tag[] @relation(references: [name])
}
model Tag {
  id    Int    @id
  name  String @unique
  posts Post[]
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError parsing attribute \"@relation\": Implicit many-to-many relation should not have references argument defined. Either remove it, or change the relation to one-to-many."),
                       QStringLiteral("6:3\tError validating: Implicit many-to-many relations must always reference the id field of the related model. Change the argument `references` to use the id field of the related model `Tag`. But it is referencing the following fields that are not the id: name")};
    QTest::newRow("many to many with fields on postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Post {
  id     Int   @id
  tagIds Int[]
  tags   Tag[] @relation(fields: [tagIds], references: [id])
}
model Tag {
  id    Int    @id
  posts Post[]
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError validating: Embedded many-to-many relations are not supported on Postgres. Please use the syntax defined in https://pris.ly/d/relational-database-many-to-many"),
                       QStringLiteral("11:3\tError validating: Embedded many-to-many relations are not supported on Postgres. Please use the syntax defined in https://pris.ly/d/relational-database-many-to-many")};
    QTest::newRow("implicit many to many on mongodb")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model Post {
  id   String @id @map("_id")
  tags Tag[]
}
model Tag {
  id    String @id @map("_id")
  posts Post[]
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError validating: Implicit many-to-many relations are not supported on MongoDB. Please use the syntax defined in https://pris.ly/d/document-database-many-to-many"),
                       QStringLiteral("10:3\tError validating: Implicit many-to-many relations are not supported on MongoDB. Please use the syntax defined in https://pris.ly/d/document-database-many-to-many")};
    QTest::newRow("embedded many to many on mongodb is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model Post {
  id     String   @id @default(auto()) @map("_id") @db.ObjectId
  tagIds String[] @db.ObjectId
  tags   Tag[]    @relation(fields: [tagIds], references: [id])
}
model Tag {
  id     String   @id @default(auto()) @map("_id") @db.ObjectId
  postIds String[] @db.ObjectId
  posts   Post[]   @relation(fields: [postIds], references: [id])
}
)prisma")
        << QStringList();
    QTest::newRow("embedded many to many without references on mongodb")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model Post {
  id     String   @id @map("_id")
  tagIds String[]
  tags   Tag[]    @relation(fields: [tagIds])
}
model Tag {
  id     String   @id @map("_id")
  postIds String[]
  posts   Post[]   @relation(fields: [postIds], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("7:19\tError parsing attribute \"@relation\": The `references` argument must be defined and must point to exactly one scalar field. https://pris.ly/d/many-to-many-relations")};
    QTest::newRow("embedded many to many with a scalar field on mongodb")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model Post {
  id    String @id @map("_id")
  tagId String
  tags  Tag[]  @relation(fields: [tagId], references: [id])
}
model Tag {
  id      String   @id @map("_id")
  postIds String[]
  posts   Post[]   @relation(fields: [postIds], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("7:16\tError parsing attribute \"@relation\": The scalar field defined in `fields` argument must be an array of the same type defined in `references`")};
    QTest::newRow("relation to an ignored model")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
  @@ignore
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("12:3\tError parsing attribute \"@ignore\": The relation field `author` on Model `Post` must specify the `@ignore` attribute, because the model User it is pointing to is marked ignored.")};
    QTest::newRow("ignored relation field to an ignored model is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
  @@ignore
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id]) @ignore
}
)prisma")
        << QStringList();
    QTest::newRow("restrict on sqlserver")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlserver"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id], onDelete: Restrict)
}
)prisma")
        << QStringList{QStringLiteral("11:65\tError validating: Invalid referential action: `Restrict`. Allowed values: (`Cascade`, `NoAction`, `SetNull`, `SetDefault`)")};
    QTest::newRow("no action with relation mode prisma on postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider     = "postgresql"
  relationMode = "prisma"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id], onDelete: NoAction)
  @@index([authorId])
}
)prisma")
        << QStringList{QStringLiteral("12:65\tError validating: Invalid referential action: `NoAction`. Allowed values: (`Cascade`, `Restrict`, `SetNull`). `NoAction` is not implemented for Postgres when using `relationMode = \"prisma\"`, you could try using `Restrict` instead. Learn more at https://pris.ly/d/relation-mode")};
    QTest::newRow("set default with relation mode prisma")
        << QStringLiteral(R"prisma(datasource db {
  provider     = "mysql"
  relationMode = "prisma"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int  @default(1)
  author   User @relation(fields: [authorId], references: [id], onDelete: SetDefault)
  @@index([authorId])
}
)prisma")
        << QStringList{QStringLiteral("12:65\tError validating: Invalid referential action: `SetDefault`. Allowed values: (`Cascade`, `Restrict`, `NoAction`, `SetNull`)")};
    QTest::newRow("set default on mysql is a warning")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int  @default(1)
  author   User @relation(fields: [authorId], references: [id], onDelete: SetDefault)
}
)prisma")
        << QStringList{QStringLiteral("11:65\tW MySQL does not actually support the `SetDefault` referential action, so using it may result in unexpected errors. Read more at https://pris.ly/d/mysql-set-default")};
    QTest::newRow("set null on required field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id], onDelete: SetNull)
}
)prisma")
        << QStringList{QStringLiteral("11:3\tError parsing attribute \"@relation\": The `onDelete` referential action of a relation must not be set to `SetNull` when a referenced field is required.")};
    QTest::newRow("set null on required field on postgres is a warning")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id], onDelete: SetNull)
}
)prisma")
        << QStringList{QStringLiteral("11:3\tW The `onDelete` referential action of a relation should not be set to `SetNull` when a referenced field is required. We recommend either to choose another referential action, or to make the referenced fields optional. Read more at https://pris.ly/d/postgres-set-null")};
    QTest::newRow("missing index with relation mode prisma is a warning")
        << QStringLiteral(R"prisma(datasource db {
  provider     = "postgresql"
  relationMode = "prisma"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("12:17\tW With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields will not benefit from the index usually created by the relational database under the hood. This can lead to poor performance when querying these fields. We recommend adding an index manually. Learn more at https://pris.ly/d/relation-mode-prisma-indexes\"")};
    QTest::newRow("index leftmost columns cover the relation")
        << QStringLiteral(R"prisma(datasource db {
  provider     = "mysql"
  relationMode = "prisma"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int      @id
  authorId Int
  created  DateTime
  author   User     @relation(fields: [authorId], references: [id])
  @@index([authorId, created])
}
)prisma")
        << QStringList();
    QTest::newRow("self relation cycle with relation mode prisma")
        << QStringLiteral(R"prisma(datasource db {
  provider     = "postgresql"
  relationMode = "prisma"
}
model Node {
  id       Int    @id
  parentId Int?
  parent   Node?  @relation("Tree", fields: [parentId], references: [id])
  children Node[] @relation("Tree")
  @@index([parentId])
}
)prisma")
        << QStringList{QStringLiteral("8:3\tError validating: A self-relation must have `onDelete` and `onUpdate` referential actions set to `NoAction` in one of the @relation attributes. (Implicit default `onDelete`: `SetNull`, and `onUpdate`: `Cascade`) Read more at https://pris.ly/d/cyclic-referential-actions")};
    QTest::newRow("self relation with restrict and relation mode prisma is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider     = "postgresql"
  relationMode = "prisma"
}
model Node {
  id       Int    @id
  parentId Int?
  parent   Node?  @relation("Tree", fields: [parentId], references: [id], onDelete: Restrict, onUpdate: Restrict)
  children Node[] @relation("Tree")
  @@index([parentId])
}
)prisma")
        << QStringList();
    QTest::newRow("cycle on sqlserver")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlserver"
}
model A {
  id  Int @id
  bId Int
  b   B   @relation("ab", fields: [bId], references: [id])
  bs  B[] @relation("ba")
}
model B {
  id  Int @id
  aId Int
  a   A   @relation("ba", fields: [aId], references: [id])
  as  A[] @relation("ab")
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError validating: Reference causes a cycle. One of the @relation attributes in this cycle must have `onDelete` and `onUpdate` referential actions set to `NoAction`. Cycle path: A.b → B.a. (Implicit default `onUpdate`: `Cascade`) Read more at https://pris.ly/d/cyclic-referential-actions"),
                       QStringLiteral("13:3\tError validating: Reference causes a cycle. One of the @relation attributes in this cycle must have `onDelete` and `onUpdate` referential actions set to `NoAction`. Cycle path: B.a → A.b. (Implicit default `onUpdate`: `Cascade`) Read more at https://pris.ly/d/cyclic-referential-actions")};
    QTest::newRow("multiple cascade paths on sqlserver")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlserver"
}
model A {
  id Int @id
  bs B[]
  cs C[]
}
model B {
  id  Int @id
  aId Int
  a   A   @relation(fields: [aId], references: [id], onDelete: Cascade)
  ds  D[]
}
model C {
  id  Int @id
  aId Int
  a   A   @relation(fields: [aId], references: [id], onDelete: Cascade)
  ds  D[]
}
model D {
  id  Int @id
  bId Int
  cId Int
  b   B   @relation(fields: [bId], references: [id], onDelete: Cascade)
  c   C   @relation(fields: [cId], references: [id], onDelete: Cascade)
}
)prisma")
        << QStringList{QStringLiteral("25:3\tError validating: When any of the records in model `A` is updated or deleted, the referential actions on the relations cascade to model `D` through multiple paths. Please break one of these paths by setting the `onUpdate` and `onDelete` to `NoAction`. (Implicit default `onUpdate`: `Cascade`) Read more at https://pris.ly/d/cyclic-referential-actions"),
                       QStringLiteral("26:3\tError validating: When any of the records in model `A` is updated or deleted, the referential actions on the relations cascade to model `D` through multiple paths. Please break one of these paths by setting the `onUpdate` and `onDelete` to `NoAction`. (Implicit default `onUpdate`: `Cascade`) Read more at https://pris.ly/d/cyclic-referential-actions")};
    QTest::newRow("foreign key name on sqlite")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlite"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id], map: "fk_author")
}
)prisma")
        << QStringList{QStringLiteral("11:17\tError parsing attribute \"@relation\": Your provider does not support named foreign keys.")};
    QTest::newRow("relation to a view is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["views"]
}
model User {
  id    Int        @id
  stats UserStats?
}
view UserStats {
  userId Int  @unique
  user   User @relation(fields: [userId], references: [id])
}
)prisma")
        << QStringList();
    QTest::newRow("mongodb relation with different native types is a warning")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model User {
  id    String @id @default(auto()) @map("_id") @db.ObjectId
  posts Post[]
}
model Post {
  id       String @id @default(auto()) @map("_id") @db.ObjectId
  authorId String
  author   User   @relation(fields: [authorId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("10:3\tW Warning validating field `author` in model `Post`: Field Post.authorId and User.id must have the same native type for MongoDB to join those collections correctly. Consider either removing User.id's native type attribute or adding '@db.ObjectId' to Post.authorId. Beware that this will become an error in the future.")};
    QTest::newRow("set null without fields on postgres is a warning")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Node {
  id       Int    @id
  parent   Node?  @relation("Tree", references: [id], onUpdate: SetNull)
  children Node[] @relation("Tree")
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError parsing attribute \"@relation\": The relation field `parent` on Model `Node` must specify the `fields` argument in the @relation attribute. You can run `prisma format` to fix this automatically."),
                       QStringLiteral("6:3\tW The `onUpdate` referential action of a relation should not be set to `SetNull` when a referenced field is required. We recommend either to choose another referential action, or to make the referenced fields optional. Read more at https://pris.ly/d/postgres-set-null")};
    QTest::newRow("map on a many to many relation is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Post {
  id   Int   @id
  tags Tag[] @relation(map: "post_tags")
}
model Tag {
  id    Int    @id
  posts Post[]
}
)prisma")
        << QStringList();
    QTest::newRow("required scalar field makes the implicit onDelete restrict")
        << QStringLiteral(R"prisma(datasource db {
  provider     = "postgresql"
  relationMode = "prisma"
}
model A {
  id  Int @id
  bId Int
  b   B?  @relation(fields: [bId], references: [id])
  @@index([bId])
}
model B {
  id       Int  @id
  parentId Int? @unique
  parent   B?   @relation("Tree", fields: [parentId], references: [id], onDelete: Cascade)
  child    B?   @relation("Tree")
  as       A[]
}
)prisma")
        << QStringList{QStringLiteral("8:3\tError validating: A self-relation must have `onDelete` and `onUpdate` referential actions set to `NoAction` in one of the @relation attributes. (Implicit default `onUpdate`: `Cascade`) Read more at https://pris.ly/d/cyclic-referential-actions"),
                       QStringLiteral("14:3\tError validating: A self-relation must have `onDelete` and `onUpdate` referential actions set to `NoAction` in one of the @relation attributes. (Implicit default `onUpdate`: `Cascade`) Read more at https://pris.ly/d/cyclic-referential-actions")};
    QTest::newRow("an ambiguous relation stops validation")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id       Int    @id
  written  Post[]
  reviewed Post[]
}
model Post {
  id         Int  @id
  authorId   Int
  reviewerId Int
  author     User @relation(fields: [authorId], references: [id])
  reviewer   User @relation(fields: [reviewerId], references: [id])
}
model Comment {
  id     Int  @id
  postId Int
  post   Post @relation(fields: [postId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError validating model \"User\": Ambiguous relation detected. The fields `written` and `reviewed` in model `User` both refer to `Post`. Please provide different relation names for them by adding `@relation(<name>).")};
    QTest::newRow("implicit many to many self relation without name")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id       Int    @id
  friends  User[]
  friendOf User[]
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError validating model \"User\": Ambiguous self relation detected. The fields `friends` and `friendOf` in model `User` both refer to `User`. If they are part of the same relation add the same relation name for them with `@relation(<name>)`.")};
}

void TestValidateRelations::cases()
{
    tests::checkExpectedDiagnostics();
}

QTEST_GUILESS_MAIN(TestValidateRelations)
#include "tst_validaterelations.moc"
