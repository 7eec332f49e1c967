using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CyberDiplomacy.Core.Store.Migrations
{
    /// <inheritdoc />
    public partial class FileStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FileLength",
                table: "Documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "FileModifiedTicks",
                table: "Documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_IngestState",
                table: "Documents",
                columns: new[] { "RelativePath", "Kind", "Slug", "ContentHash", "FileLength", "FileModifiedTicks", "Updated", "UpdatedSource", "Lang", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Translation",
                table: "Documents",
                column: "Translation",
                filter: "Translation IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_IngestState",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_Translation",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "FileLength",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "FileModifiedTicks",
                table: "Documents");
        }
    }
}
