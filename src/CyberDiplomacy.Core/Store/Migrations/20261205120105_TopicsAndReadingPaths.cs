using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberDiplomacy.Core.Store.Migrations
{
    /// <inheritdoc />
    public partial class TopicsAndReadingPaths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Members",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StepNotes",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TopicOrder",
                table: "Documents",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Members",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "StepNotes",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "TopicOrder",
                table: "Documents");
        }
    }
}
