using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HsdsIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HsdsId",
                table: "TaxonomyTerms",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HsdsId",
                table: "Taxonomies",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HsdsId",
                table: "Organizations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HsdsId",
                table: "Offers",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HsdsId",
                table: "Locations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaxonomyTerms_HsdsId",
                table: "TaxonomyTerms",
                column: "HsdsId");

            migrationBuilder.CreateIndex(
                name: "IX_Taxonomies_HsdsId",
                table: "Taxonomies",
                column: "HsdsId");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_HsdsId",
                table: "Organizations",
                column: "HsdsId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_HsdsId",
                table: "Offers",
                column: "HsdsId");

            migrationBuilder.CreateIndex(
                name: "IX_Locations_HsdsId",
                table: "Locations",
                column: "HsdsId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TaxonomyTerms_HsdsId",
                table: "TaxonomyTerms");

            migrationBuilder.DropIndex(
                name: "IX_Taxonomies_HsdsId",
                table: "Taxonomies");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_HsdsId",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Offers_HsdsId",
                table: "Offers");

            migrationBuilder.DropIndex(
                name: "IX_Locations_HsdsId",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "HsdsId",
                table: "TaxonomyTerms");

            migrationBuilder.DropColumn(
                name: "HsdsId",
                table: "Taxonomies");

            migrationBuilder.DropColumn(
                name: "HsdsId",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "HsdsId",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "HsdsId",
                table: "Locations");
        }
    }
}
