using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CodingAudit.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_plans",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    cron = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    definition = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "clinical_notes",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    encounter_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    note_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    written_at = table.Column<string>(type: "TEXT", nullable: false),
                    total_minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clinical_notes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "coders",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    team = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_coders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "patients",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    sex = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payers",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "providers",
                columns: table => new
                {
                    npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    specialty = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_providers", x => x.npi);
                });

            migrationBuilder.CreateTable(
                name: "reference_releases",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    table_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    source_file = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    row_count = table.Column<int>(type: "INTEGER", nullable: false),
                    loaded_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reference_releases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    plan_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    scheduled_for = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<string>(type: "TEXT", nullable: false),
                    started_at = table.Column<string>(type: "TEXT", nullable: true),
                    finished_at = table.Column<string>(type: "TEXT", nullable: true),
                    stage_timings = table.Column<string>(type: "TEXT", nullable: false),
                    seed = table.Column<long>(type: "INTEGER", nullable: true),
                    frame_size = table.Column<int>(type: "INTEGER", nullable: true),
                    frame_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    design = table.Column<string>(type: "TEXT", nullable: true),
                    reference_versions = table.Column<string>(type: "TEXT", nullable: true),
                    program_version = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_runs", x => x.id);
                    table.ForeignKey(
                        name: "fk_audit_runs_audit_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "audit_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "claims",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    encounter_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    patient_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    provider_npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    payer_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    coder_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    service_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    coded_at = table.Column<string>(type: "TEXT", nullable: false),
                    place_of_service = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    claim_type = table.Column<int>(type: "INTEGER", nullable: false),
                    total_charge = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_claims_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_claims_providers_provider_npi",
                        column: x => x.provider_npi,
                        principalTable: "providers",
                        principalColumn: "npi",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reference_rows",
                columns: table => new
                {
                    release_id = table.Column<long>(type: "INTEGER", nullable: false),
                    row_number = table.Column<int>(type: "INTEGER", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    data = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reference_rows", x => new { x.release_id, x.row_number });
                    table.ForeignKey(
                        name: "fk_reference_rows_reference_releases_release_id",
                        column: x => x.release_id,
                        principalTable: "reference_releases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "findings",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    pass = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    claim_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    line_number = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    rule_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    severity = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    expected = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    message = table.Column<string>(type: "TEXT", nullable: false),
                    citation = table.Column<string>(type: "TEXT", nullable: false),
                    amount = table.Column<double>(type: "REAL", nullable: true),
                    evidence_text = table.Column<string>(type: "TEXT", nullable: true),
                    evidence_start = table.Column<int>(type: "INTEGER", nullable: true),
                    evidence_end = table.Column<int>(type: "INTEGER", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_findings", x => x.id);
                    table.ForeignKey(
                        name: "fk_findings_audit_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "audit_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "frame_entries",
                columns: table => new
                {
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    claim_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    coder_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    provider_npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    payer_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    service_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    amount = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_frame_entries", x => new { x.run_id, x.position });
                    table.ForeignKey(
                        name: "fk_frame_entries_audit_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "audit_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_files",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    path = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_files_audit_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "audit_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_scores",
                columns: table => new
                {
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    scores = table.Column<string>(type: "TEXT", nullable: false),
                    computed_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_run_scores", x => x.run_id);
                    table.ForeignKey(
                        name: "fk_run_scores_audit_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "audit_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sample_items",
                columns: table => new
                {
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    claim_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    frame_position = table.Column<int>(type: "INTEGER", nullable: false),
                    random_value = table.Column<long>(type: "INTEGER", nullable: false),
                    selection_order = table.Column<int>(type: "INTEGER", nullable: false),
                    stratum = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    is_spare = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sample_items", x => new { x.run_id, x.claim_id });
                    table.ForeignKey(
                        name: "fk_sample_items_audit_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "audit_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "shard_progress",
                columns: table => new
                {
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    shard_number = table.Column<int>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shard_progress", x => new { x.run_id, x.stage, x.shard_number });
                    table.ForeignKey(
                        name: "fk_shard_progress_audit_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "audit_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stage_counters",
                columns: table => new
                {
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    shards_total = table.Column<int>(type: "INTEGER", nullable: false),
                    shards_done = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stage_counters", x => new { x.run_id, x.stage });
                    table.ForeignKey(
                        name: "fk_stage_counters_audit_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "audit_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "claim_diagnoses",
                columns: table => new
                {
                    claim_id = table.Column<string>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claim_diagnoses", x => new { x.claim_id, x.sequence });
                    table.ForeignKey(
                        name: "fk_claim_diagnoses_claims_claim_id",
                        column: x => x.claim_id,
                        principalTable: "claims",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "claim_lines",
                columns: table => new
                {
                    claim_id = table.Column<string>(type: "TEXT", nullable: false),
                    line_number = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    modifier1 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    modifier2 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    modifier3 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    modifier4 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    units = table.Column<int>(type: "INTEGER", nullable: false),
                    charge = table.Column<double>(type: "REAL", nullable: false),
                    place_of_service = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    pointer1 = table.Column<int>(type: "INTEGER", nullable: true),
                    pointer2 = table.Column<int>(type: "INTEGER", nullable: true),
                    pointer3 = table.Column<int>(type: "INTEGER", nullable: true),
                    pointer4 = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claim_lines", x => new { x.claim_id, x.line_number });
                    table.ForeignKey(
                        name: "fk_claim_lines_claims_claim_id",
                        column: x => x.claim_id,
                        principalTable: "claims",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "finding_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    finding_id = table.Column<long>(type: "INTEGER", nullable: false),
                    changed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    changed_at = table.Column<string>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    old_value = table.Column<string>(type: "TEXT", nullable: true),
                    new_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_finding_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_finding_changes_findings_finding_id",
                        column: x => x.finding_id,
                        principalTable: "findings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_audit_runs_plan_id_period",
                table: "audit_runs",
                columns: new[] { "plan_id", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_claim_diagnoses_code",
                table: "claim_diagnoses",
                column: "code");

            migrationBuilder.CreateIndex(
                name: "ix_claim_lines_code",
                table: "claim_lines",
                column: "code");

            migrationBuilder.CreateIndex(
                name: "ix_claims_encounter_id",
                table: "claims",
                column: "encounter_id");

            migrationBuilder.CreateIndex(
                name: "ix_claims_patient_id",
                table: "claims",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_claims_provider_npi",
                table: "claims",
                column: "provider_npi");

            migrationBuilder.CreateIndex(
                name: "ix_claims_service_date_coder_id",
                table: "claims",
                columns: new[] { "service_date", "coder_id" });

            migrationBuilder.CreateIndex(
                name: "ix_claims_service_date_id",
                table: "claims",
                columns: new[] { "service_date", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_claims_service_date_payer_id",
                table: "claims",
                columns: new[] { "service_date", "payer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_claims_service_date_provider_npi",
                table: "claims",
                columns: new[] { "service_date", "provider_npi" });

            migrationBuilder.CreateIndex(
                name: "ix_clinical_notes_encounter_id",
                table: "clinical_notes",
                column: "encounter_id");

            migrationBuilder.CreateIndex(
                name: "ix_finding_changes_finding_id_changed_at",
                table: "finding_changes",
                columns: new[] { "finding_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ux_findings_run_id_pass_claim_id_kind_rule_id_line_number_code",
                table: "findings",
                columns: new[] { "run_id", "pass", "claim_id", "kind", "rule_id", "line_number", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_frame_entries_run_id_claim_id",
                table: "frame_entries",
                columns: new[] { "run_id", "claim_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reference_releases_table_name_effective_from",
                table: "reference_releases",
                columns: new[] { "table_name", "effective_from" });

            migrationBuilder.CreateIndex(
                name: "ux_reference_releases_table_name_sha256",
                table: "reference_releases",
                columns: new[] { "table_name", "sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reference_rows_release_id_key",
                table: "reference_rows",
                columns: new[] { "release_id", "key" });

            migrationBuilder.CreateIndex(
                name: "ux_report_files_run_id_kind",
                table: "report_files",
                columns: new[] { "run_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sample_items_run_id_frame_position",
                table: "sample_items",
                columns: new[] { "run_id", "frame_position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "claim_diagnoses");

            migrationBuilder.DropTable(
                name: "claim_lines");

            migrationBuilder.DropTable(
                name: "clinical_notes");

            migrationBuilder.DropTable(
                name: "coders");

            migrationBuilder.DropTable(
                name: "finding_changes");

            migrationBuilder.DropTable(
                name: "frame_entries");

            migrationBuilder.DropTable(
                name: "payers");

            migrationBuilder.DropTable(
                name: "reference_rows");

            migrationBuilder.DropTable(
                name: "report_files");

            migrationBuilder.DropTable(
                name: "run_scores");

            migrationBuilder.DropTable(
                name: "sample_items");

            migrationBuilder.DropTable(
                name: "shard_progress");

            migrationBuilder.DropTable(
                name: "stage_counters");

            migrationBuilder.DropTable(
                name: "claims");

            migrationBuilder.DropTable(
                name: "findings");

            migrationBuilder.DropTable(
                name: "reference_releases");

            migrationBuilder.DropTable(
                name: "patients");

            migrationBuilder.DropTable(
                name: "providers");

            migrationBuilder.DropTable(
                name: "audit_runs");

            migrationBuilder.DropTable(
                name: "audit_plans");
        }
    }
}
