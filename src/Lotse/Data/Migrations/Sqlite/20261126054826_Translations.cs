using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Translations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OfferTranslations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AlternateName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    FeesDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EligibilityDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ApplicationProcess = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SourceHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsMachineTranslated = table.Column<bool>(type: "INTEGER", nullable: false),
                    TranslatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferTranslations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferTranslations_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OfferTranslations_OfferId_Culture",
                table: "OfferTranslations",
                columns: new[] { "OfferId", "Culture" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfferTranslations");
        }
    }
}
