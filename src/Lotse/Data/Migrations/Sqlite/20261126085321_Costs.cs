using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Costs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CostRateTables",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WorkstationRate = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    OfficeRate = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    IsExample = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastModified = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostRateTables", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundingRuleSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastModified = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingRuleSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CostRates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RateTableId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    PayGrade = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AnnualRate = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostRates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostRates_CostRateTables_RateTableId",
                        column: x => x.RateTableId,
                        principalTable: "CostRateTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostScenarios",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FundingRuleSetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OverheadShare = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    Workstations = table.Column<int>(type: "INTEGER", nullable: false),
                    Offices = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectFunds = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    ProjectFundsSource = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PersonnelTotal = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    PersonnelTotalSource = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsExample = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModified = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostScenarios", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostScenarios_FundingRuleSets_FundingRuleSetId",
                        column: x => x.FundingRuleSetId,
                        principalTable: "FundingRuleSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FundingRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleSetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Cap = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    MaxCount = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitShare = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingRules_FundingRuleSets_RuleSetId",
                        column: x => x.RuleSetId,
                        principalTable: "FundingRuleSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostScenarioLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScenarioId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Share = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FundingSubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostScenarioLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostScenarioLines_CostScenarios_ScenarioId",
                        column: x => x.ScenarioId,
                        principalTable: "CostScenarios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CostRates_RateTableId",
                table: "CostRates",
                column: "RateTableId");

            migrationBuilder.CreateIndex(
                name: "IX_CostScenarioLines_ScenarioId",
                table: "CostScenarioLines",
                column: "ScenarioId");

            migrationBuilder.CreateIndex(
                name: "IX_CostScenarios_FundingRuleSetId",
                table: "CostScenarios",
                column: "FundingRuleSetId");

            migrationBuilder.CreateIndex(
                name: "IX_CostScenarios_IsPublished",
                table: "CostScenarios",
                column: "IsPublished");

            migrationBuilder.CreateIndex(
                name: "IX_FundingRules_RuleSetId",
                table: "FundingRules",
                column: "RuleSetId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingRuleSets_Name",
                table: "FundingRuleSets",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CostRates");

            migrationBuilder.DropTable(
                name: "CostScenarioLines");

            migrationBuilder.DropTable(
                name: "FundingRules");

            migrationBuilder.DropTable(
                name: "CostRateTables");

            migrationBuilder.DropTable(
                name: "CostScenarios");

            migrationBuilder.DropTable(
                name: "FundingRuleSets");
        }
    }
}
