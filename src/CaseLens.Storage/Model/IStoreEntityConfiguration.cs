using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Model;

/// <summary>
/// The mapping of one entity of the case store. <see cref="CaseStoreContext"/> applies every class
/// of this assembly that implements it, so a new table is a new configuration (and a repository),
/// with no change to the context. Other contexts in the assembly keep theirs out of the store's
/// model by implementing <see cref="IEntityTypeConfiguration{TEntity}"/> alone.
/// </summary>
internal interface IStoreEntityConfiguration<T> : IEntityTypeConfiguration<T>
    where T : class;
