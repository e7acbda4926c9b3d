using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Council : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConceptVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AdoptedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProcessStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FieldsOfAction = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DocumentFileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    DocumentStoredName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DocumentContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DocumentSize = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastModified = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConceptVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Motions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    FiledByOrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    FiledByText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    CommitteeSequence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LastModified = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Motions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Motions_Organizations_FiledByOrganizationId",
                        column: x => x.FiledByOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParticipationEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConceptVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    TookPartOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Form = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    LastModified = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipationEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParticipationEntries_ConceptVersions_ConceptVersionId",
                        column: x => x.ConceptVersionId,
                        principalTable: "ConceptVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParticipationEntries_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MotionId = table.Column<Guid>(type: "uuid", nullable: true),
                    DraftDecision = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    CommitteeSequence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LastModified = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Submissions_Motions_MotionId",
                        column: x => x.MotionId,
                        principalTable: "Motions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "CouncilSessionMeasures",
                columns: table => new
                {
                    MeasureId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilSessionMeasures", x => new { x.MeasureId, x.SessionId });
                    table.ForeignKey(
                        name: "FK_CouncilSessionMeasures_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Committee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgendaItem = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    VotesYes = table.Column<int>(type: "integer", nullable: true),
                    VotesNo = table.Column<int>(type: "integer", nullable: true),
                    VotesAbstain = table.Column<int>(type: "integer", nullable: true),
                    DecisionText = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MotionId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConceptVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    FundingApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastModified = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilSessions_ConceptVersions_ConceptVersionId",
                        column: x => x.ConceptVersionId,
                        principalTable: "ConceptVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CouncilSessions_Motions_MotionId",
                        column: x => x.MotionId,
                        principalTable: "Motions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilSessions_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundingApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SituationDescription = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    OrganisationalAnchoring = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    KreistagDecisionId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastModified = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingApplications_CouncilSessions_KreistagDecisionId",
                        column: x => x.KreistagDecisionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConceptVersions_AdoptedOn",
                table: "ConceptVersions",
                column: "AdoptedOn");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessionMeasures_SessionId",
                table: "CouncilSessionMeasures",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessions_ConceptVersionId",
                table: "CouncilSessions",
                column: "ConceptVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessions_FundingApplicationId",
                table: "CouncilSessions",
                column: "FundingApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessions_MotionId",
                table: "CouncilSessions",
                column: "MotionId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessions_SubmissionId",
                table: "CouncilSessions",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingApplications_KreistagDecisionId",
                table: "FundingApplications",
                column: "KreistagDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Motions_FiledByOrganizationId",
                table: "Motions",
                column: "FiledByOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationEntries_ConceptVersionId",
                table: "ParticipationEntries",
                column: "ConceptVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationEntries_OrganizationId",
                table: "ParticipationEntries",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_MotionId",
                table: "Submissions",
                column: "MotionId");

            migrationBuilder.AddForeignKey(
                name: "FK_CouncilSessionMeasures_CouncilSessions_SessionId",
                table: "CouncilSessionMeasures",
                column: "SessionId",
                principalTable: "CouncilSessions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CouncilSessions_FundingApplications_FundingApplicationId",
                table: "CouncilSessions",
                column: "FundingApplicationId",
                principalTable: "FundingApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FundingApplications_CouncilSessions_KreistagDecisionId",
                table: "FundingApplications");

            migrationBuilder.DropTable(
                name: "CouncilSessionMeasures");

            migrationBuilder.DropTable(
                name: "ParticipationEntries");

            migrationBuilder.DropTable(
                name: "CouncilSessions");

            migrationBuilder.DropTable(
                name: "ConceptVersions");

            migrationBuilder.DropTable(
                name: "FundingApplications");

            migrationBuilder.DropTable(
                name: "Submissions");

            migrationBuilder.DropTable(
                name: "Motions");
        }
    }
}
