using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberDiplomacy.Core.Store.Migrations
{
    /// <inheritdoc />
    public partial class PrimaryDocumentsAndEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Adopted",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AdoptedSort",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InForce",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IndonesiaDate",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IndonesiaNote",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IndonesiaSource",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IndonesiaStatus",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InstrumentKind",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IssuedBy",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfficialUrl",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Symbol",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Track",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<string>(type: "TEXT", nullable: false),
                    SortDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Track = table.Column<string>(type: "TEXT", nullable: false),
                    Anchor = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Events_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Symbol",
                table: "Documents",
                column: "Symbol",
                filter: "Symbol IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Events_DocumentId",
                table: "Events",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_SortDate",
                table: "Events",
                column: "SortDate");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Documents_Symbol",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Adopted",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "AdoptedSort",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "InForce",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "IndonesiaDate",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "IndonesiaNote",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "IndonesiaSource",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "IndonesiaStatus",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "InstrumentKind",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "IssuedBy",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "OfficialUrl",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Symbol",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Track",
                table: "Documents");
        }
    }
}
