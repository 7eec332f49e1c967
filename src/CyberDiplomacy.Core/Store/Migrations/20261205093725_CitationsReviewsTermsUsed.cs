using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberDiplomacy.Core.Store.Migrations
{
    /// <inheritdoc />
    public partial class CitationsReviewsTermsUsed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CitationId",
                table: "Sources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Date",
                table: "Sources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Primary",
                table: "Sources",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Publisher",
                table: "Sources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Reviewed",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TermsUsed",
                table: "Documents",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CitationId",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Date",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Primary",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Publisher",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Reviewed",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "TermsUsed",
                table: "Documents");
        }
    }
}
