using System.Data;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using WorkshopAdvisor.Api.Features.Boards;
using WorkshopAdvisor.Api.Features.Care;
using WorkshopAdvisor.Api.Features.Customers;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Api.Features.Vehicles;
using WorkshopAdvisor.Api.Shop;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;
using WorkshopAdvisor.Testing.Providers;

namespace WorkshopAdvisor.Api.Tests.Persistence;

/// <summary>
/// What can be checked of SQL Server without one (CI has none): the schema script and the SQL that the hot screens send
/// are T-SQL that SQL Server's own parser (ScriptDom) accepts, at the oldest version the API is written for. The queries
/// come from the endpoints' own code, run on a SQL Server context whose connection never opens: each command's text is
/// kept and answered with no rows. This proves translation and syntax, not plans, speed or results: the API suite on a
/// real server (WORKSHOP_TEST_SQLSERVER) does that.
/// </summary>
[WithoutDatabase]
public sealed class SqlServerSqlTests
{
    [Fact]
    public void SchemaScript_WhenParsedAsTSql_HasNoErrors()
    {
        var script = File.ReadAllText(SchemaScriptTests.RepoFile("db/sqlserver/schema.sql"));

        var statements = Parse(script).Batches.SelectMany(Statements).ToList();

        var tables = statements.OfType<CreateTableStatement>().Select(t => t.SchemaObjectName.BaseIdentifier.Value).ToList();
        Assert.Contains("RepairOrders", tables);
        Assert.Contains("NumberSequences", tables);
        // What runs through EXEC (filtered indexes, data updates naming columns added in the same script) is a string to
        // the parser: it is parsed on its own.
        var executed = statements.OfType<ExecuteStatement>().Select(e => e.ExecuteSpecification.ExecutableEntity).OfType<ExecutableStringList>()
            .Select(list => string.Concat(list.Strings.OfType<StringLiteral>().Select(s => s.Value))).ToList();
        Assert.NotEmpty(executed);
        Assert.All(executed, sql => Parse(sql));
    }

    [Fact]
    public void NextNumber_OnSqlServer_IsOneLockedMergeThatParses()
    {
        using var db = SchemaScriptTests.Contexts.SqlServer();

        var sql = db.Database.NextNumberSql();

        var merge = Assert.IsType<MergeStatement>(Assert.Single(Assert.Single(Parse(sql).Batches).Statements));
        Assert.Contains("HOLDLOCK", sql, StringComparison.Ordinal);
        Assert.NotNull(merge.MergeSpecification.OutputClause);
    }

    [Fact]
    public void PostgresUpsert_WhenParsedAsTSql_IsRefused()
    {
        // The parser has teeth: the statement SQLite and PostgreSQL share is not T-SQL.
        using var db = SchemaScriptTests.Contexts.Postgres();

        Assert.NotEmpty(ParseErrors(db.Database.NextNumberSql()));
    }

    [Fact]
    public async Task HotScreens_WhenTranslatedForSqlServer_AreValidTSql()
    {
        var commands = new CapturedCommands();
        var calendar = new ShopCalendar(TimeProvider.System, Options.Create(new ShopOptions()));
        var rules = Options.Create(new CareRules());
        var ct = CancellationToken.None;

        (string Name, Func<WorkshopDbContext, Task> Run)[] screens =
        [
            ("today board", db => TodayBoard.Get(null, db, calendar, ct)),
            ("today board of one advisor", db => TodayBoard.Get(7, db, calendar, ct)),
            ("look-up by plate fragment", db => VehicleEndpoints.LookupAsync("A12", db, TimeProvider.System, ct)),
            ("look-up by VIN fragment and phone prefix", db => VehicleEndpoints.LookupAsync("2123456", db, TimeProvider.System, ct)),
            ("repair-order list, every filter", db => RepairOrderQueries.List([OrderStatus.InProgress, OrderStatus.Approved], 3, 4,
                new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), "A·123", 2, 20, db, calendar, ct)),
            ("customer list by name or phone", db => CustomerEndpoints.ListAsync("张", CustomerClass.A, 1, 20, db, ct)),
            ("vehicle history", db => VehicleHistory.Get(1, db, ct)),
            .. Enum.GetValues<CallListView>().Select(view => ($"care call list ({view})",
                (Func<WorkshopDbContext, Task>)(db => CallList.GetAsync(view, null, null, null, null, null, 1, 20, new DefaultHttpContext(), db, rules, TimeProvider.System, ct)))),
            ("care call list of one agent, revisits only", db => CallList.GetAsync(null, 5, null, CallListKind.Revisit, null, null, 1, 20,
                new DefaultHttpContext(), db, rules, TimeProvider.System, ct)),
        ];

        foreach (var (name, run) in screens)
        {
            await using var db = SqlServerContext(commands);
            var before = commands.Sql.Count;
            await run(db);
            Assert.True(commands.Sql.Count > before, $"{name}: sent no SQL");
            foreach (var sql in commands.Sql.Skip(before))
            {
                var errors = ParseErrors(sql);
                Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}\n{sql}");
            }
        }
        Assert.Contains(commands.Sql, sql => sql.Contains("[Vin] LIKE", StringComparison.Ordinal));
    }

    /// <summary>The API's own SQL Server configuration (compatibility level and all), plus the capture.</summary>
    private static SqlServerWorkshopDbContext SqlServerContext(CapturedCommands commands) =>
        new((DbContextOptions<SqlServerWorkshopDbContext>)new DbContextOptionsBuilder<SqlServerWorkshopDbContext>()
            .UseWorkshopDatabase(new DatabaseOptions(DatabaseProvider.SqlServer, "Server=localhost;Database=workshop"))
            .AddInterceptors(commands).Options, SystemActor.Instance, TimeProvider.System);

    /// <summary>The parser of SQL Server 2017, the oldest the queries are written for (ADR 0008).</summary>
    private static TSql140Parser Parser() => new(initialQuotedIdentifiers: true);

    private static TSqlScript Parse(string sql)
    {
        var errors = ParseErrors(sql, out var fragment);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}")));
        return Assert.IsType<TSqlScript>(fragment);
    }

    private static IList<ParseError> ParseErrors(string sql) => ParseErrors(sql, out _);

    private static IList<ParseError> ParseErrors(string sql, out TSqlFragment fragment)
    {
        using var reader = new StringReader(sql);
        fragment = Parser().Parse(reader, out var errors);
        return errors;
    }

    /// <summary>The statements of a batch, including those inside the idempotent script's IF ... BEGIN ... END blocks.</summary>
    private static IEnumerable<TSqlStatement> Statements(TSqlBatch batch) => batch.Statements.SelectMany(Flatten);

    private static IEnumerable<TSqlStatement> Flatten(TSqlStatement statement) => statement switch
    {
        IfStatement i => new[] { i.ThenStatement, i.ElseStatement }.OfType<TSqlStatement>().SelectMany(Flatten),
        BeginEndBlockStatement b => b.StatementList.Statements.SelectMany(Flatten),
        _ => [statement],
    };

    /// <summary>
    /// Keeps each command's text without reaching a server: opening the connection is suppressed, and each command is
    /// answered with no rows (one row where the query's shape requires one: a count, an existence check), so the screens
    /// send what they send for an empty shop (a split query's later parts, for example, go unsent).
    /// </summary>
    private sealed class CapturedCommands : DbConnectionInterceptor, IDbCommandInterceptor
    {
        public List<string> Sql { get; } = [];

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
            CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());

        public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            InterceptionResult<DbDataReader>.SuppressWithResult(Answer(command));

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(Answer(command)));

        private DataTableReader Answer(DbCommand command)
        {
            Sql.Add(command.CommandText);
            var table = new DataTable();
            if (command.CommandText.StartsWith("SELECT CASE", StringComparison.Ordinal))
            {
                table.Columns.Add("Value", typeof(bool));
                table.Rows.Add(true);
            }
            else if (command.CommandText.StartsWith("SELECT COUNT(", StringComparison.Ordinal))
            {
                table.Columns.Add("Value", typeof(int));
                table.Rows.Add(0);
            }
            else
            {
                // No rows, but as many columns as any query here selects: a split query's buffer counts them first.
                for (var i = 0; i < 200; i++)
                {
                    table.Columns.Add("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            return table.CreateDataReader();
        }
    }
}
