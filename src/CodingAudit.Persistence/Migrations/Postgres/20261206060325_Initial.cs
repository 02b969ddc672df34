using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CodingAudit.Persistence.Migrations.Postgres
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
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    cron = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    definition = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "clinical_notes",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    encounter_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    note_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    total_minutes = table.Column<int>(type: "integer", nullable: true),
                    text = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clinical_notes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "coders",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_coders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "patients",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    sex = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payers",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "providers",
                columns: table => new
                {
                    npi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    specialty = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_providers", x => x.npi);
                });

            migrationBuilder.CreateTable(
                name: "reference_releases",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    table_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "date", nullable: true),
                    source_file = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    row_count = table.Column<int>(type: "integer", nullable: false),
                    loaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reference_releases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    plan_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false, collation: "C"),
                    stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    scheduled_for = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    stage_timings = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    seed = table.Column<long>(type: "bigint", nullable: true),
                    frame_size = table.Column<int>(type: "integer", nullable: true),
                    frame_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    design = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    reference_versions = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    program_version = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    error = table.Column<string>(type: "text", nullable: true, collation: "C")
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
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    encounter_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    patient_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    provider_npi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    payer_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    coder_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    service_date = table.Column<DateOnly>(type: "date", nullable: false),
                    coded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    place_of_service = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false, collation: "C"),
                    claim_type = table.Column<int>(type: "integer", nullable: false),
                    total_charge = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
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
                    release_id = table.Column<long>(type: "bigint", nullable: false),
                    row_number = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    data = table.Column<string>(type: "text", nullable: false, collation: "C")
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    run_id = table.Column<long>(type: "bigint", nullable: false),
                    pass = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    claim_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    line_number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    rule_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    severity = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    expected = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    message = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    citation = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    evidence_text = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    evidence_start = table.Column<int>(type: "integer", nullable: true),
                    evidence_end = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C")
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
                    run_id = table.Column<long>(type: "bigint", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    claim_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    coder_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    provider_npi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    payer_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    service_date = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    run_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    path = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "C"),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    run_id = table.Column<long>(type: "bigint", nullable: false),
                    scores = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    run_id = table.Column<long>(type: "bigint", nullable: false),
                    claim_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    frame_position = table.Column<int>(type: "integer", nullable: false),
                    random_value = table.Column<long>(type: "bigint", nullable: false),
                    selection_order = table.Column<int>(type: "integer", nullable: false),
                    stratum = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    is_spare = table.Column<bool>(type: "boolean", nullable: false)
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
                    run_id = table.Column<long>(type: "bigint", nullable: false),
                    stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    shard_number = table.Column<int>(type: "integer", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    run_id = table.Column<long>(type: "bigint", nullable: false),
                    stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    shards_total = table.Column<int>(type: "integer", nullable: false),
                    shards_done = table.Column<int>(type: "integer", nullable: false)
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
                    claim_id = table.Column<string>(type: "character varying(64)", nullable: false, collation: "C"),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C")
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
                    claim_id = table.Column<string>(type: "character varying(64)", nullable: false, collation: "C"),
                    line_number = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    modifier1 = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true, collation: "C"),
                    modifier2 = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true, collation: "C"),
                    modifier3 = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true, collation: "C"),
                    modifier4 = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true, collation: "C"),
                    units = table.Column<int>(type: "integer", nullable: false),
                    charge = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    place_of_service = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true, collation: "C"),
                    pointer1 = table.Column<int>(type: "integer", nullable: true),
                    pointer2 = table.Column<int>(type: "integer", nullable: true),
                    pointer3 = table.Column<int>(type: "integer", nullable: true),
                    pointer4 = table.Column<int>(type: "integer", nullable: true)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    finding_id = table.Column<long>(type: "bigint", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    field = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    old_value = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    new_value = table.Column<string>(type: "text", nullable: true, collation: "C")
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
