using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sourcewise.Web.Storage.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contract_check_json",
                table: "decisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "frozen_json",
                table: "decisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "start_month",
                table: "decisions",
                type: "TEXT",
                maxLength: 7,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "decision_actuals",
                columns: table => new
                {
                    decision_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    spend = table.Column<double>(type: "REAL", nullable: false),
                    headcount = table.Column<int>(type: "INTEGER", nullable: true),
                    change_requests = table.Column<int>(type: "INTEGER", nullable: true),
                    sla_breaches = table.Column<int>(type: "INTEGER", nullable: true),
                    attrition = table.Column<int>(type: "INTEGER", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    decision_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    change = table.Column<string>(type: "TEXT", nullable: false),
                    profile_json = table.Column<string>(type: "TEXT", nullable: false),
                    recommendation = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
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
