#!/usr/bin/env bash
# Writes the schema script of each provider from its EF Core migrations.
# A test (SchemaScriptTests) fails when these files are not in step with the migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
ef() { dotnet ef migrations script "$@" --project src/WorkshopAdvisor.Infrastructure --startup-project src/WorkshopAdvisor.DesignTime; }
# SQLite cannot make idempotent scripts (EF Core limitation): this one creates the schema from empty.
ef --context SqliteWorkshopDbContext -o db/sqlite/schema.sql
ef --idempotent --context NpgsqlWorkshopDbContext -o db/postgres/schema.sql
ef --idempotent --context SqlServerWorkshopDbContext -o db/sqlserver/schema.sql
echo "db/sqlite/schema.sql, db/postgres/schema.sql and db/sqlserver/schema.sql written"
