using CaseLens.Domain.Access;
using CaseLens.Domain.Coding;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Accounts;

/// <summary>
/// The accounts of the web application, kept in the same database as the cases but in a model of
/// their own (ASP.NET Core Identity's tables, and the data-protection keys that sign and encrypt
/// cookies, so that two instances of the web application share them). Each database has a subclass
/// that carries its migrations (<c>Migrations/Accounts/Sqlite</c>, <c>Migrations/Accounts/Postgres</c>);
/// they share the case store's <c>__EFMigrationsHistory</c>, where migration ids do not clash.
/// The three roles are rows put there by the first migration, named by their codes.
/// </summary>
public abstract class AccountsContext(DbContextOptions options) : IdentityDbContext<IdentityUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The data-protection key ring (XML elements, as ASP.NET Core writes them).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<IdentityRole>().HasData(Codes<Role>.All.Select(role =>
        {
            var code = Codes<Role>.Code(role);
            // Fixed values: a migration must not change when it is generated again.
            return new IdentityRole(code) { Id = code, NormalizedName = code.ToUpperInvariant(), ConcurrencyStamp = code };
        }));
    }
}
