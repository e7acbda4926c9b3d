using Lotse.Data;
using Lotse.Features.OpenData;
using Lotse.Features.Operations;
using Lotse.Features.Portal;
using Lotse.Features.Search;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddData(builder.Configuration);
builder.Services.AddSearch();
builder.Services.AddPortal();
builder.Services.AddOpenData();
builder.Services.AddOperations();

var app = builder.Build();

await app.Services.InitializeDatabaseAsync();

app.UseOperations();   // error pages, security headers, compression: before anything that writes a response
app.UseStaticFiles();
app.UseRouting();
app.UsePortal();       // request culture from the URL segment

app.MapOperations();
app.MapOpenData();
app.MapPortal();

app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
