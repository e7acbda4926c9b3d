using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Controlling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FundingPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApprovalReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DeviationPercent = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    DeviationMinimum = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    IsExample = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastModified = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingPeriods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LevyBases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    IsExample = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastModified = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LevyBases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LevyBases_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NrwEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameInSource = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IsComparable = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NrwEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundedPositions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FundingPeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PayGrade = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Share = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    PlannedAnnualAmount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundedPositions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundedPositions_FundingPeriods_FundingPeriodId",
                        column: x => x.FundingPeriodId,
                        principalTable: "FundingPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundingBudgets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FundingPeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Approved = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingBudgets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingBudgets_FundingPeriods_FundingPeriodId",
                        column: x => x.FundingPeriodId,
                        principalTable: "FundingPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NrwStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NrwEntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NrwStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NrwStatusChanges_NrwEntries_NrwEntryId",
                        column: x => x.NrwEntryId,
                        principalTable: "NrwEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ControllingAmounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FundingPeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FundedPositionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ControllingAmounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ControllingAmounts_FundedPositions_FundedPositionId",
                        column: x => x.FundedPositionId,
                        principalTable: "FundedPositions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ControllingAmounts_FundingPeriods_FundingPeriodId",
                        column: x => x.FundingPeriodId,
                        principalTable: "FundingPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PositionOccupancies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FundedPositionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccupiedFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VacantFrom = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PositionOccupancies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PositionOccupancies_FundedPositions_FundedPositionId",
                        column: x => x.FundedPositionId,
                        principalTable: "FundedPositions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ControllingAmounts_FundedPositionId",
                table: "ControllingAmounts",
                column: "FundedPositionId");

            migrationBuilder.CreateIndex(
                name: "IX_ControllingAmounts_FundingPeriodId_Year_Month",
                table: "ControllingAmounts",
                columns: new[] { "FundingPeriodId", "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_FundedPositions_FundingPeriodId",
                table: "FundedPositions",
                column: "FundingPeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingBudgets_FundingPeriodId_Category",
                table: "FundingBudgets",
                columns: new[] { "FundingPeriodId", "Category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LevyBases_MunicipalityId",
                table: "LevyBases",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_LevyBases_Year_MunicipalityId",
                table: "LevyBases",
                columns: new[] { "Year", "MunicipalityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NrwEntries_Name",
                table: "NrwEntries",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NrwStatusChanges_NrwEntryId_ChangedOn",
                table: "NrwStatusChanges",
                columns: new[] { "NrwEntryId", "ChangedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PositionOccupancies_FundedPositionId",
                table: "PositionOccupancies",
                column: "FundedPositionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ControllingAmounts");

            migrationBuilder.DropTable(
                name: "FundingBudgets");

            migrationBuilder.DropTable(
                name: "LevyBases");

            migrationBuilder.DropTable(
                name: "NrwStatusChanges");

            migrationBuilder.DropTable(
                name: "PositionOccupancies");

            migrationBuilder.DropTable(
                name: "NrwEntries");

            migrationBuilder.DropTable(
                name: "FundedPositions");

            migrationBuilder.DropTable(
                name: "FundingPeriods");
        }
    }
}
