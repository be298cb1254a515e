using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sourcewise.Web.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LivingDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "chosen_model",
                table: "decisions",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contract_check_json",
                table: "decisions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "frozen_json",
                table: "decisions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "start_month",
                table: "decisions",
                type: "character varying(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "decision_actuals",
                columns: table => new
                {
                    decision_id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    spend = table.Column<double>(type: "double precision", nullable: false),
                    headcount = table.Column<int>(type: "integer", nullable: true),
                    change_requests = table.Column<int>(type: "integer", nullable: true),
                    sla_breaches = table.Column<int>(type: "integer", nullable: true),
                    attrition = table.Column<int>(type: "integer", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_actuals", x => new { x.decision_id, x.month });
                    table.ForeignKey(
                        name: "FK_decision_actuals_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decision_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    decision_id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    change = table.Column<string>(type: "text", nullable: false),
                    profile_json = table.Column<string>(type: "text", nullable: false),
                    recommendation = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_revisions", x => x.id);
                    table.ForeignKey(
                        name: "FK_decision_revisions_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_decision_revisions_decision",
                table: "decision_revisions",
                columns: new[] { "decision_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decision_actuals");

            migrationBuilder.DropTable(
                name: "decision_revisions");

            migrationBuilder.DropColumn(
                name: "chosen_model",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "contract_check_json",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "frozen_json",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "start_month",
                table: "decisions");
        }
    }
}
