using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial;
using Lotse.Features.Finance;
using Lotse.Features.Inventory;
using Lotse.Features.Network;
using Lotse.Features.OpenData;
using Lotse.Features.Operations;
using Lotse.Features.Operations.Commands;
using Lotse.Features.Overview;
using Lotse.Features.Planning;
using Lotse.Features.Portal;
using Lotse.Features.Search;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddData(builder.Configuration);
builder.Services.AddSearch();
builder.Services.AddPortal();
builder.Services.AddOpenData();
builder.Services.AddOperations(builder.Configuration);
builder.Services.AddAccounts(builder.Environment);
builder.Services.AddEditorial(builder.Configuration);
builder.Services.AddNetwork();     // the KIZ workbench: P7 …
builder.Services.AddInventory();   // P8
builder.Services.AddPlanning();    // P9
builder.Services.AddFinance();     // P10, P11
builder.Services.AddOverview();    // P12

var app = builder.Build();

await app.Services.InitializeDatabaseAsync();
if (await CommandLine.TryRunAsync(args, app.Services)) return;   // operator commands (create-admin, …) instead of the web host

app.UseOperations();   // error pages, security headers, compression: before anything that writes a response
app.UseStaticFiles();
app.UseRouting();
app.UsePortal();       // request culture from the URL segment
app.UseAccounts();     // back-office status pages, login rate limit, authentication, authorization

app.MapOperations();
app.MapOpenData();
app.MapPortal();
app.MapNetwork();
app.MapInventory();
app.MapPlanning();
app.MapFinance();
app.MapOverview();

app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
